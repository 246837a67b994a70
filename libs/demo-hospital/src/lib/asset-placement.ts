import type { SpaceClass } from '@wardwatch/contracts';
import type { DepartmentKind } from './departments';

/**
 * Where each kind of equipment lives and how much of it there is. A rule matches every department
 * of the listed kinds; its home rooms are that department's rooms of the listed classes (and
 * names, when `roomName` is given). 'room' rules put `count` units in each home room;
 * 'department' rules spread `count` units per department over its home rooms in turn.
 */
export interface PlacementRule {
  category: string;
  departments: readonly DepartmentKind[];
  homes: readonly SpaceClass[];
  roomName?: RegExp;
  per: 'room' | 'department';
  count: number;
}

const rule = (
  category: string,
  departments: readonly DepartmentKind[],
  homes: readonly SpaceClass[],
  per: PlacementRule['per'],
  count: number,
  roomName?: RegExp,
): PlacementRule =>
  roomName === undefined
    ? { category, departments, homes, per, count }
    : { category, departments, homes, per, count, roomName };

/** Equipment rooms and clean utilities: where clean, ready-to-use kit is parked. */
const CLEAN_KIT: readonly SpaceClass[] = ['clean-utility', 'supply-room'];
const EQUIPMENT_ROOMS = /Clean Utility|Equipment|Alcove|Supply/;
const ANESTHESIA = /Anesthesia/;

export const PLACEMENT_RULES: readonly PlacementRule[] = [
  // Beds: one per patient room, a few spares in the equipment alcoves.
  rule('bed', ['ward'], ['patient-room'], 'room', 1),
  rule('bed', ['icu'], ['icu-room'], 'room', 1),
  rule('bed', ['ward'], ['supply-room'], 'department', 2, /Bariatric|Equipment Alcove/),

  // Infusion: pumps are the biggest fleet, concentrated in wards, ICU and ED.
  rule('infusion-pump', ['ward'], CLEAN_KIT, 'department', 56, EQUIPMENT_ROOMS),
  rule('infusion-pump', ['icu'], CLEAN_KIT, 'department', 80, EQUIPMENT_ROOMS),
  rule('infusion-pump', ['ed'], CLEAN_KIT, 'department', 36, EQUIPMENT_ROOMS),
  rule('infusion-pump', ['periop'], ['supply-room'], 'department', 24, ANESTHESIA),
  rule('infusion-pump', ['biomed'], ['biomed-shop'], 'department', 14),
  rule('syringe-pump', ['icu'], CLEAN_KIT, 'department', 40, EQUIPMENT_ROOMS),
  rule('syringe-pump', ['periop'], ['supply-room'], 'department', 24, ANESTHESIA),
  rule('syringe-pump', ['ed'], CLEAN_KIT, 'department', 8, EQUIPMENT_ROOMS),
  rule('syringe-pump', ['ward'], CLEAN_KIT, 'department', 4, EQUIPMENT_ROOMS),
  rule('syringe-pump', ['biomed'], ['biomed-shop'], 'department', 4),
  rule('pca-pump', ['ward'], CLEAN_KIT, 'department', 8, EQUIPMENT_ROOMS),
  rule('pca-pump', ['periop'], ['supply-room'], 'department', 8, /Perioperative Supply/),
  rule('pca-pump', ['biomed'], ['biomed-shop'], 'department', 2),
  rule('feeding-pump', ['ward'], CLEAN_KIT, 'department', 8, EQUIPMENT_ROOMS),
  rule('feeding-pump', ['icu'], CLEAN_KIT, 'department', 12, EQUIPMENT_ROOMS),

  // Monitoring: bedside monitors where the beds are, spot-check monitors and telemetry on wards.
  rule('patient-monitor', ['icu'], ['icu-room'], 'room', 1),
  rule('patient-monitor', ['icu'], ['supply-room'], 'department', 4, EQUIPMENT_ROOMS),
  rule('patient-monitor', ['ed'], ['ed-bay'], 'room', 1),
  rule('patient-monitor', ['periop'], ['operating-room', 'recovery'], 'room', 1),
  rule('patient-monitor', ['ward'], ['clean-utility'], 'department', 8),
  rule('patient-monitor', ['biomed'], ['biomed-shop'], 'department', 6),
  rule('telemetry-pack', ['ward'], ['clean-utility', 'nurse-station'], 'department', 18),
  rule('telemetry-pack', ['ed'], ['nurse-station'], 'department', 8),

  // Life support and emergency kit.
  rule('ventilator', ['icu'], ['supply-room'], 'department', 20, /Respiratory|Equipment Storage/),
  rule('ventilator', ['ed'], ['supply-room'], 'department', 3, /Equipment/),
  rule('ventilator', ['biomed'], ['biomed-shop'], 'department', 3),
  rule('defibrillator', ['ward'], ['nurse-station'], 'department', 2),
  rule('defibrillator', ['icu'], ['nurse-station'], 'department', 3),
  rule('defibrillator', ['ed'], ['nurse-station', 'ed-bay'], 'department', 6, /Nurse Station|Trauma/),
  rule('defibrillator', ['periop'], ['nurse-station'], 'department', 4),
  rule('defibrillator', ['biomed'], ['biomed-shop'], 'department', 2),

  // Other clinical kit.
  rule('scd-pump', ['ward'], ['supply-room'], 'department', 12, EQUIPMENT_ROOMS),
  rule('scd-pump', ['icu'], ['supply-room'], 'department', 16, EQUIPMENT_ROOMS),
  rule('scd-pump', ['periop'], ['supply-room'], 'department', 8, /Equipment/),
  rule('scd-pump', ['biomed'], ['biomed-shop'], 'department', 3),
  rule('bladder-scanner', ['ward'], ['clean-utility'], 'department', 1),
  rule('bladder-scanner', ['ed'], ['clean-utility'], 'department', 2),
  rule('bladder-scanner', ['periop'], ['nurse-station'], 'department', 1, /PACU/),
  rule('portable-ultrasound', ['ed'], ['supply-room'], 'department', 4, /Equipment/),
  rule('portable-ultrasound', ['icu'], ['supply-room'], 'department', 3, /Equipment Storage/),
  rule('portable-ultrasound', ['periop'], ['supply-room'], 'department', 3, ANESTHESIA),

  // Transport: wheelchairs and stretchers by the entrances and in the ED.
  rule('wheelchair', ['ed'], ['waiting', 'exit'], 'department', 40),
  rule(
    'wheelchair',
    ['facilities'],
    ['exit', 'waiting'],
    'department',
    50,
    /Main Entrance|Main Lobby|Pavilion Entrance/,
  ),
  rule('wheelchair', ['ward'], ['supply-room'], 'department', 6, /Alcove/),
  rule('wheelchair', ['periop'], ['waiting'], 'department', 6),
  rule('wheelchair', ['materials'], ['supply-room'], 'department', 20, /Par Cart/),
  rule('stretcher', ['ed'], ['ed-bay'], 'room', 1),
  rule('stretcher', ['ed'], ['supply-room'], 'department', 20),
  rule('stretcher', ['periop'], ['recovery'], 'room', 1),
  rule('stretcher', ['periop'], ['supply-room'], 'department', 6, /Equipment/),
  rule('stretcher', ['ward'], ['supply-room'], 'department', 2, /Stretcher Alcove/),
  rule('stretcher', ['materials'], ['supply-room'], 'department', 6, /Par Cart/),
  rule('iv-pole', ['ward'], CLEAN_KIT, 'department', 30, EQUIPMENT_ROOMS),
  rule('iv-pole', ['icu'], CLEAN_KIT, 'department', 32, EQUIPMENT_ROOMS),
  rule('iv-pole', ['ed'], CLEAN_KIT, 'department', 30, EQUIPMENT_ROOMS),
  rule('iv-pole', ['periop'], ['supply-room'], 'department', 24),
  rule('iv-pole', ['materials'], ['supply-room'], 'department', 30, /Bulk|Central Stores/),

  // Cold chain and warming: each unit's tag is its temperature probe.
  rule(
    'medication-refrigerator',
    ['ward', 'icu', 'ed', 'periop', 'pharmacy'],
    ['medication-room'],
    'room',
    1,
  ),
  rule('medication-refrigerator', ['pharmacy'], ['pharmacy'], 'department', 6),
  rule(
    'vaccine-freezer',
    ['pharmacy'],
    ['medication-room', 'pharmacy'],
    'department',
    3,
    /Cold Room|Outpatient/,
  ),
  rule('blood-bank-refrigerator', ['blood-bank'], ['blood-bank'], 'department', 5, /Storage|Issue/),
  rule('blood-bank-refrigerator', ['periop', 'ed'], ['medication-room'], 'department', 1),
  rule('plasma-freezer', ['blood-bank'], ['blood-bank'], 'department', 4, /Storage|Component/),
  rule('platelet-incubator', ['blood-bank'], ['blood-bank'], 'department', 2, /Component|Storage/),
  rule('warming-cabinet', ['periop'], ['sterile-storage'], 'department', 4),
  rule('warming-cabinet', ['periop'], ['supply-room'], 'department', 1, /Perioperative Supply/),
  rule(
    'warming-cabinet',
    ['ed'],
    ['clean-utility', 'supply-room'],
    'department',
    2,
    /Clean Utility|Supply ED/,
  ),
];
