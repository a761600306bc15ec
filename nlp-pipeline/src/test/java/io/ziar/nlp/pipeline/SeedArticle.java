package io.ziar.nlp.pipeline;

import java.util.List;

/** The six news paragraphs of the seed article (../shared/data/seed/g4media-lavrov-mali.txt), its body after extraction. */
public final class SeedArticle {

    public static final List<String> PARAGRAPHS = List.of(
            "Rusia a salutat joi consolidarea cooperării sale militare cu Mali, cu ocazia unei vizite la Moscova a șefilor diplomației Alianței Statelor din Sahel (AES). „Cooperarea noastră în domeniul militar se intensifică”, a declarat ministrul rus de externe, Serghei Lavrov, la primirea omologului său malian, Abdoulaye Diop, potrivit Le Figaro.",
            "AES este formată din Mali, Burkina Faso și Niger, care sunt conduse de regimuri militare ajunse la putere în puteri între 2020 și 2023 și care au întors spatele fostei puteri coloniale franceze pentru a se apropia de Rusia.",
            "„Armata noastră cooperează activ cu armata din Mali”, în special prin instruirea acesteia, a adăugat Lavrov, fără a da alte detalii. De asemenea, el a salutat colaborarea foarte strânsă dintre cele două țări „în domeniul politicii externe”, în special în cadrul ONU. Omologul său malian a salutat „cooperarea” care „merge bine pe teren” și a mulțumit Moscovei „pentru sprijinul său constant”.",
            "Diop a anunțat, de asemenea, că președintele din Mali, Assimi Goïta, va efectua o vizită oficială la Moscova în luna iunie. Rusia și compania sa privată de mercenari Wagner, care este în curs de a fi grupată în cadrul Corpului african, ajută țările ESA să lupte împotriva grupărilor jihadiste care au făcut zeci de mii de victime pe o mare parte din teritoriul lor.",
            "Mai târziu în cursul zilei, Serghei Lavrov a avut o întâlnire cvadripartită cu șefii diplomațiilor din Mali, Burkina Faso și Niger. „Dorința noastră comună este de a construi cu dumneavoastră un parteneriat dinamic și sincer (…), dar și un parteneriat reciproc avantajos”, a declarat Abdoulaye Diop în cadrul reuniunii, adăugând că această întâlnire la Moscova “consolidează relațiile speciale care există deja” la nivel individual între Rusia și aceste trei țări.",
            "Șeful diplomației nigeriene, Bakary Yaou Sangare, a salutat „un eveniment istoric (…) care marchează un punct de cotitură”, afirmând că a avea Rusia alături de ele în lupta împotriva jihadismului „înseamnă mult” pentru cele trei țări din Sahel. În ianuarie, aceste țări au părăsit oficial Comunitatea Economică a Statelor din Africa de Vest (Ecowas), pe care o consideră aservită Franței, pentru a forma ESA.");
    private SeedArticle() {
    }
}
