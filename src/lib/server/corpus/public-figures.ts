/**
 * Surnames of the people this story's news names by surname alone ("a quarrel between Putin and
 * Aliyev", "Pashinyan's government"): heads of state and government, ministers, spokespeople and the
 * contingent's commanders of 2020–2024. They are people wherever they stand, never places, even where
 * the article never gives the full name. Domain knowledge, like the curated geodata: add a name when
 * the press starts naming someone by surname alone.
 */
export const PUBLIC_FIGURES: readonly string[] = [
	// Heads of state and government, the mediators.
	'Putin',
	'Medvedev',
	'Mishustin',
	'Aliyev',
	'Pashinyan',
	'Erdoğan',
	'Erdogan',
	'Macron',
	'Biden',
	'Blinken',
	'Raisi',
	'Kocharyan',
	'Sargsyan',
	// Ministers, aides and spokespeople.
	'Lavrov',
	'Shoigu',
	'Belousov',
	'Peskov',
	'Zakharova',
	'Mirzoyan',
	'Bayramov',
	'Hajiyev',
	'Akar',
	'Çavuşoğlu',
	'Cavusoglu',
	'Grigoryan',
	'Overchuk',
	// Karabakh's leaders, 2020–2023.
	'Harutyunyan',
	'Shahramanyan',
	'Vardanyan',
	// The contingent's commanders.
	'Muradov',
	'Volkov',
	'Lentsov',
	'Kossobokov'
];
