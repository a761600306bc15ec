package io.ziar.search.story.service;

/** The seed article (six paragraphs), copies of it as other sites run it, and an unrelated story. */
public final class Syndicated {

    private static final String P1 = "Rusia a salutat joi consolidarea cooperării sale militare cu Mali, cu ocazia unei vizite la Moscova a șefilor diplomației Alianței Statelor din Sahel (AES). „Cooperarea noastră în domeniul militar se intensifică”, a declarat ministrul rus de externe, Serghei Lavrov, la primirea omologului său malian, Abdoulaye Diop, potrivit Le Figaro.";
    private static final String P2 = "AES este formată din Mali, Burkina Faso și Niger, care sunt conduse de regimuri militare ajunse la putere în puteri între 2020 și 2023 și care au întors spatele fostei puteri coloniale franceze pentru a se apropia de Rusia.";
    private static final String P3 = "„Armata noastră cooperează activ cu armata din Mali”, în special prin instruirea acesteia, a adăugat Lavrov, fără a da alte detalii. De asemenea, el a salutat colaborarea foarte strânsă dintre cele două țări „în domeniul politicii externe”, în special în cadrul ONU. Omologul său malian a salutat „cooperarea” care „merge bine pe teren” și a mulțumit Moscovei „pentru sprijinul său constant”.";
    private static final String P4 = "Diop a anunțat, de asemenea, că președintele din Mali, Assimi Goïta, va efectua o vizită oficială la Moscova în luna iunie. Rusia și compania sa privată de mercenari Wagner, care este în curs de a fi grupată în cadrul Corpului african, ajută țările ESA să lupte împotriva grupărilor jihadiste care au făcut zeci de mii de victime pe o mare parte din teritoriul lor.";
    private static final String P5 = "Mai târziu în cursul zilei, Serghei Lavrov a avut o întâlnire cvadripartită cu șefii diplomațiilor din Mali, Burkina Faso și Niger. „Dorința noastră comună este de a construi cu dumneavoastră un parteneriat dinamic și sincer (…), dar și un parteneriat reciproc avantajos”, a declarat Abdoulaye Diop în cadrul reuniunii, adăugând că această întâlnire la Moscova “consolidează relațiile speciale care există deja” la nivel individual între Rusia și aceste trei țări.";
    private static final String P6 = "Șeful diplomației nigeriene, Bakary Yaou Sangare, a salutat „un eveniment istoric (…) care marchează un punct de cotitură”, afirmând că a avea Rusia alături de ele în lupta împotriva jihadismului „înseamnă mult” pentru cele trei țări din Sahel. În ianuarie, aceste țări au părăsit oficial Comunitatea Economică a Statelor din Africa de Vest (Ecowas), pe care o consideră aservită Franței, pentru a forma ESA.";

    public static final String ORIGINAL = String.join("\n\n", P1, P2, P3, P4, P5, P6);
    /** Another day, another attribution, another month: what a site running the wire changes. */
    public static final String FEW_WORDS_CHANGED = ORIGINAL.replace("joi", "vineri").replace("Le Figaro", "agenției AFP")
            .replace("luna iunie", "luna iulie");
    public static final String PARAGRAPH_REWRITTEN = String.join("\n\n", P1, P2, P3,
            "Ministrul a precizat că vizita președintelui malian va avea loc în vara acestui an, fără a oferi o dată exactă.", P5, P6);
    public static final String OTHER_STORY = "Guvernul a aprobat joi bugetul pentru anul viitor după o ședință lungă la Palatul Victoria, "
            + "în care miniștrii au discutat despre pensii, salarii și investiții în infrastructură. Premierul a declarat că deficitul "
            + "va scădea sub trei la sută, iar opoziția a anunțat că va contesta legea la Curtea Constituțională.";

    private Syndicated() {
    }
}
