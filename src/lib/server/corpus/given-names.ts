/**
 * Given names common in the news of the region (Armenian, Azerbaijani, Russian, Turkish, Georgian)
 * and of the diplomats who visit it, by the pronoun the press uses for their bearers. A name borne
 * by men and women alike in these languages (Karen is a man's name in Armenian and a woman's in
 * English; Nika, Arzu, Nur, Sasha) is in neither list: a pronoun is never resolved on a guess.
 * Romanisations the press uses side by side are listed each (Dmitry / Dmitri, Yelena / Elena).
 */
const FEMALE = `
Sahiba Ganira
Anahit Anush Araksia Arpine Astghik Gayane Hasmik Hripsime Karine Lilit Lusine Mariam Marine Narine
Nune Ruzanna Ruzan Siranush Sona Susanna Tatevik Zara Armine Ani Anna Seda Shushan Satenik Nvard
Gohar Hermine Margarita Emma Alvard Knarik Varsenik Silva Lena Kristine Mane Meri Naira Tamar
Heghine Liana Hayarpi Zaruhi Shogher Nelli Inga Diana Lia Lilia Lala Anzhela Angela Marianna Mary
Ofelya Rima Roza Aygun Aynur Gunel Leyla Leila Sevinj Sevinc Sevda Nigar Aysel Gulnar Gulnara Sabina
Ulviyya Elmira Khadija Jamila Konul Gulshan Narmin Shahla Samira Tarana Vusala Zarifa Zemfira
Mehriban Sakina Gulnaz Rena Aida Nurlana Firuza Esmira Ilaha Aytan Fatma Zeynab Gunay Khayala Ulkar
Sara Ulviya Afag Maria Marina Olga Tatiana Tatyana Natalia Natalya Elena Yelena Irina Svetlana
Anastasia Ekaterina Yekaterina Valentina Galina Lyudmila Ludmila Nadezhda Oksana Yulia Julia Alla
Vera Larisa Nina Zoya Daria Darya Ksenia Kseniya Polina Veronika Alina Sofia Sophia Ella Inna Lidia
Lidiya Viktoria Victoria Evgenia Yevgenia Valeria Tamara Lyubov Raisa Elvira Ayşe Ayse Zeynep Elif
Emine Hatice Merve Esra Büşra Gül Özlem Sevgi Derya Selin Aylin Pınar Hülya Serap Meral Canan Dilek
Ebru Gizem Tuba Yasemin Nino Salome Ketevan Eka Natia Maia Tea Sopho Sarah Anne Marie Sophie Claire
Laura Catherine Kate Elizabeth Jennifer Susan Margaret Helen Emily Rachel Amanda Linda Patricia
Barbara Jessica Nicole Michelle Rebecca Christina Christine Angelina Ursula Annalena Federica Kaja
Samantha Hillary Nancy Kamala Antonia Matilda Giorgia Isabelle Nathalie Ines Olivia Charlotte Joanna
Agnieszka Marta Monica Dunja Heather Louise Alice Caroline Hanna Hannah Eva Rosa Lucia Carla Silvia
Elisabeth Birgit Arevik Armenuhi Asya Hranush Jemma Manushak Margarit Ofelia Rita Sirarpi Srbuhi
Tsovinar Varduhi Zarine Zhanna Anoush Nazeli Tatev Elen Milena Syuzanna Gulchohra Sevil Rahila
Nargiz Lamiya Parvana Shafiga Sudaba Zulfiyya Kifayat Yegana Mahira Ofeliya Ayten Aygul Fidan Nazli
Duygu Elvan Irada Khatira Afaq Aysun Gulara Valida Rasmiya Tunzala Zehra Sibel Tuğba Şule Nilüfer
Berna Gülşen Asuman Filiz Nermin
`;
const MALE = `
Fazil Ziyafat Siyavush Elshan Zahid Adil Pyotr Nasimi Aykhan Ayxan
Armen Aram Arman Artur Arthur Arayik Arsen Artak Ashot Avet Davit David Edgar Gagik Garnik Gegham
Gevorg Grigor Hayk Hovhannes Hovik Hrant Levon Mher Narek Nikol Robert Ruben Samvel Sargis Serzh
Tigran Vahe Vahagn Vahram Vardan Vazgen Arkadi Arkady Bako Masis Suren Zaven Andranik Armenak Hamlet
Rafik Slavik Norayr Eduard Razmik Khachatur Mkrtich Pargev Vartan Gurgen Vigen Arshak Ararat Babken
Garegin Hakob Harutyun Hovsep Mikael Petros Sahak Sevak Smbat Stepan Tatul Zhirayr Ara Aren Avetik
Edmon Mushegh Shant Artsvik Hrachya Kamo Seyran Ishkhan Ilham Heydar Hikmet Hikmat Jeyhun Ceyhun
Elmar Elshad Elchin Farid Fuad Ramiz Rovshan Ruslan Tural Vugar Zakir Anar Azer Elnur Emin Mukhtar
Rashad Kamran Mahir Orkhan Rufat Samir Tofig Vusal Ali Alish Ramil Rauf Nizami Novruz Javid Ziya
Shahin Aydin Mubariz Natig Ilgar Eldar Elman Vilayat Ayaz Agil Akif Bahruz Etibar Fikret Gabil Hasan
Huseyn Ibrahim Kerim Mammad Mehman Nijat Polad Rahim Sahib Tabriz Teymur Vagif Vaqif Yashar Zaur
Elkhan Elgun Amil Shahmar Vladimir Dmitry Dmitri Dmitriy Sergei Sergey Andrei Andrey Alexander
Aleksandr Alexandr Alexei Alexey Aleksei Aleksey Mikhail Nikolai Nikolay Igor Oleg Yuri Yury Yuriy
Pavel Ivan Viktor Victor Valery Valeriy Konstantin Maxim Maksim Anatoly Gennady Vladislav Rustam
Rustem Boris Leonid Yevgeny Evgeny Grigory Kirill Roman Stanislav Vyacheslav Vasily Timur Denis
Anton Artyom Artem Fyodor Ramzan Valentin Vadim Yaroslav Georgy Recep Tayyip Hulusi Mevlüt Mevlut
Hakan Yaşar Ömer Omer İbrahim Fahrettin Devlet Kemal Mustafa Mehmet Ahmet Hüseyin Murat Abdullah
Zeki Cevdet Süleyman Binali Egemen Numan Tanju Fuat Orhan Selim Serdar Burak Emre Cemil Ersin Ismail
İsmail Yusuf Osman Giorgi Irakli Levan Zurab Mikheil Bidzina Tengiz Shalva Lasha Gia John James
Michael William Richard Thomas Charles Joseph Mark Paul Peter George Emmanuel Antony Anthony Josep
Jean Pierre Olaf Joe Donald Barack Ned Philip Mike Matthew Andrew Stephen Steven Daniel Christopher
Martin Michel François Louis Antonio Luigi Giuseppe Carlo Heiko Frank Olivier Jan Jens Samuel
Jonathan Derek Kevin Brian Simon Nicholas Tom Tim Ben Laurence Toivo Sergio Xavier Vachagan Vardges
Hrayr Gor Hamazasp Harut Karo Mamikon Manvel Mkhitar Nerses Rafayel Sarkis Sevada Spartak Tatevos
Vrezh Zorik Volodya Yura Vanik Aramais Arshavir Artashes Anushavan Benik Derenik Grisha Hayrapet
Henrik Khachik Koryun Melik Norik Onik Paruyr Rostom Sergo Valerik Vahan Varazdat Zhora Hrachik Samo
Ashotik Vitali Vitaly Anatoli Gennadi Yevgeni Sasun Samson Movses Aghasi Emil Elvin Ilkin Kamal
Nurlan Rasim Tahir Tamerlan Eldaniz Agshin Azad Babek Bakhtiyar Chingiz Fariz Gafar Hafiz Ilyas
Jamal Javad Kamil Mirza Mushfig Nazim Ogtay Rahman Ramin Rashid Sabir Sadig Samad Sardar Seymur
Shamil Tofiq Ulvi Vidadi Yusif Zohrab Cavid Yunus Halil Kadir Kerem Levent Metin Mahmut Nihat Okan
Ozan Recai Salih Sedat Sinan Tolga Tuncay Ufuk Volkan Yavuz Yiğit Bülent Cengiz Çağatay Erdal Faruk
Gökhan Haluk İlker Ilker Kaan Koray Oğuz Onur Rıza Sezai Şükrü Turgut Uğur Veli Alparslan Sırrı
Ertuğrul Serhat
`;

const sexes = new Map<string, 'he' | 'she'>();
for (const n of FEMALE.split(/\s+/)) if (n) sexes.set(n, 'she');
for (const n of MALE.split(/\s+/)) if (n) sexes.set(n, 'he');

/** The pronoun the press uses for a bearer of this given name, or null when the name says nothing. */
export const sexOfGivenName = (name: string): 'he' | 'she' | null => sexes.get(name) ?? null;

/** What only a person does, right after a name: "Narek was 20", "Narek served", "is buried"; the close of an apposition before "said" ("a driver from Goris, Samvel, said"); an age ("Vardan, who is 68,", "Siranush, 54,"). */
const PERSON_DEED =
	/^\s+(?:was|is)\s+(?:\d{1,3}\b|born|buried|killed|wounded|married|survived)|^\s+(?:served|posted|studied|laughed|smiled|cried|wept|recalled|remembers|remembered|died|texted|phoned|volunteered|enlisted)\b|^,\s+(?:said|says|told|added|recalled|explained)\b|^,\s+(?:who\s+is\s+|aged\s+)?\d{1,3},/;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const LOWER = /\p{Ll}/u;

/**
 * Whether the given name `name` acts as a person somewhere in `prose` ("Narek was 20 when he was killed", "Narek served
 * near Karaglukh"): then it is the person throughout the article, whatever hamlet GeoNames knows by it. `prose` is the
 * body with its quotes blanked. (Asked per name, not found for every capitalised word: few articles ask at all.)
 */
export function actsAsPerson(prose: string, name: string): boolean {
	if (!sexes.has(name) || !CAPITALISED.test(name)) return false;
	for (let at = prose.indexOf(name); at >= 0; at = prose.indexOf(name, at + 1)) {
		const end = at + name.length;
		// (The whole word: "Narek", not the start of "Nareks".)
		if (!LOWER.test(prose[end] ?? '') && PERSON_DEED.test(prose.slice(end, end + 24))) return true;
	}
	return false;
}
