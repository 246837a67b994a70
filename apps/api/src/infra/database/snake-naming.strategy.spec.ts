import { SnakeNamingStrategy, toSnakeCase } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  it.each([
    ['homeDepartment', 'home_department'],
    ['lastHeardAt', 'last_heard_at'],
    ['udi', 'udi'],
    ['widthM', 'width_m'],
    ['keyHash', 'key_hash'],
  ])('%s → %s', (input, output) => expect(toSnakeCase(input)).toBe(output));

  it('names tables from entity classes without the Entity suffix', () => {
    const s = new SnakeNamingStrategy();
    expect(s.tableName('AssetCategoryEntity', undefined)).toBe('asset_category');
    expect(s.tableName('RoomEntity', 'custom')).toBe('custom');
    expect(s.joinColumnName('homeRoom', 'id')).toBe('home_room_id');
  });
});
