/**
 * Common first names in Swedish and English workplaces, folded (lower case, å/ä/ö as a/a/o).
 * Without Slack, "Erik skickar offerten" is read as Erik's promise only when Erik is such a
 * name; "Acme skickar avtalet" stays news about a company. In Slack every name is looked up
 * among the workspace's members, so a colleague with a rarer name is found there.
 */
const NAMES = `
agnes alexander alice alva alvin amanda amir anders andreas anna anne annika anton arvid astrid axel
bengt birgitta bjorn bo camilla carina carl caroline cecilia charlotte christer christian christina
daniel david ebba edvard elias elin elisabeth ella ellen elsa emil emilia emma erik eva felix filip
fredrik freja gabriel gunnar gustav hampus hanna hannes hans helena henrik hugo ida ingrid isak jakob
jan jenny jesper johan johanna johannes jonas jonathan josefin julia kajsa karin karl karolina
kerstin kevin kim kristina lars leo liam lina linda linn linnea lisa lovisa lucas ludvig magnus
maja malin marcus maria marie martin mats mattias max mikael moa mohammed molly nils nina niklas
noah oliver olivia olle oscar oskar patrik per peter petra philip rasmus rebecka robert robin
sabina samuel sara sebastian simon sofia sofie stefan stina susanne sven theo thomas tobias tom
tove ulf ulrika valter vera viktor wilma william ylva
aaron abigail adam adrian aisha alan alex ali alice amy andrew angela anthony ben benjamin beth
brian carlos charles charlie chloe chris claire daniel dave david diana ed emily ethan fiona frank
gary george grace harry helen ian jack jacob james jane jason jen jennifer jess jessica jim joe
john jon jordan joseph josh kate katie kelly kevin laura lauren leah liz lucy luke mark mary matt
megan michael mike mohammed nathan nick nicole olivia omar paul priya rachel raj ravi rebecca
richard rob robert ryan sam samantha sarah scott sean sophie steve steven susan tim tom tony
victoria will zoe
kalle pelle lasse nisse janne micke jocke sanna lotta fia mia nora alma saga selma frida emelie matilda
ellinor hedvig tilda klara melvin vincent elliot casper alfred albin sixten ture otto edvin joel mans
erika helene mikaela pernilla ulla goran leif kent kenneth roger tommy jorgen asa ann anette monica
mona therese ake ingvar rolf sten bertil lennart ola kristoffer christoffer fredrika josefine ronja
stella nellie ines iris signe ester greta ahmed fatima yusuf hassan
bob dan pat jake ellie tina chad brad greg jeff kyle sue beth
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
