import { ApiProperty } from '@nestjs/swagger';
import type { EndTemporaryOverrideRequest } from '@wardwatch/contracts';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';

export class EndOverrideDto implements EndTemporaryOverrideRequest {
  @ApiProperty({ example: 'Case finished at 14:10; theatre back to normal limits' })
  // Trimmed first, so that blanks do not count towards the length the record needs.
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'reason (why it ends early) is required' })
  @Length(5, 2000, { message: 'reason must be 5 to 2000 characters' })
  reason!: string;
}
