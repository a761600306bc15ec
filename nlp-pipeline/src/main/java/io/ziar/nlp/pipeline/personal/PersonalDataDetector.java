package io.ziar.nlp.pipeline.personal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IBANs (kept only when the ISO 13616 length for the country and the mod-97 checksum hold), e-mail
 * addresses, and phone numbers: Romanian national ones (07xx xxx xxx, 021 xxx xx xx, with or without
 * +40 / 0040) and international ones written with a leading + and 8 to 15 digits.
 */
public final class PersonalDataDetector {

    private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\\b");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[\\p{L}\\d._%+-]{1,64}@[\\p{L}\\d-]{1,63}(?:\\.[\\p{L}\\d-]{1,63})*\\.\\p{L}{2,24}\\b");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(?:(?:\\+|00)40[ .-]?|0)(?:7\\d{2}[ .-]?\\d{3}[ .-]?\\d{3}|[23]\\d{1,2}[ .-]?\\d{3}[ .-]?\\d{2,3}[ .-]?\\d{0,2})(?![\\w])"
                    + "|(?<![\\w+])\\+[1-9]\\d{0,2}(?:[ .-]?\\(?\\d{1,4}\\)?){2,6}(?![\\w])");
    private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("RO", 24), Map.entry("DE", 22), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("IT", 27),
            Map.entry("ES", 24), Map.entry("NL", 18), Map.entry("BE", 16), Map.entry("AT", 20), Map.entry("CH", 21),
            Map.entry("PL", 28), Map.entry("HU", 28), Map.entry("BG", 22), Map.entry("MD", 24), Map.entry("PT", 25),
            Map.entry("IE", 22), Map.entry("SE", 24), Map.entry("DK", 18), Map.entry("FI", 18), Map.entry("NO", 15),
            Map.entry("CZ", 24), Map.entry("SK", 24), Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("SI", 19),
            Map.entry("LU", 20), Map.entry("UA", 29), Map.entry("TR", 26), Map.entry("RS", 22), Map.entry("LT", 20),
            Map.entry("LV", 21), Map.entry("EE", 20), Map.entry("CY", 28), Map.entry("MT", 31));
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public List<PersonalData> detect(String text) {
        List<PersonalData> found = new ArrayList<>();
        find(text, IBAN, PersonalData.Kind.IBAN, found);
        find(text, EMAIL, PersonalData.Kind.EMAIL, found);
        find(text, PHONE, PersonalData.Kind.PHONE, found);
        found.sort(Comparator.comparingInt(PersonalData::start));
        return found;
    }

    private static void find(String text, Pattern pattern, PersonalData.Kind kind, List<PersonalData> found) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String value = matcher.group();
            boolean valid = switch (kind) {
                case IBAN -> isValidIban(value);
                case PHONE -> isPhone(value);
                case EMAIL -> true;
            };
            boolean overlaps = found.stream().anyMatch(f -> f.start() < matcher.end() && matcher.start() < f.end());
            if (valid && !overlaps) {
                found.add(new PersonalData(kind, value, matcher.start(), matcher.end()));
            }
        }
    }

    static boolean isValidIban(String candidate) {
        String iban = candidate.replace(" ", "");
        Integer length = IBAN_LENGTHS.get(iban.substring(0, 2));
        if (length != null ? iban.length() != length : iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        StringBuilder digits = new StringBuilder();
        for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    private static boolean isPhone(String candidate) {
        long digits = candidate.chars().filter(Character::isDigit).count();
        return digits >= 9 && digits <= 15;
    }
}
