import { ApiProperty } from '@nestjs/swagger';
import { Equals } from 'class-validator';

/** Deleting cannot be undone, so the request has to say so explicitly. */
export class DeleteMyDataDto {
  @ApiProperty({
    enum: [true],
    description: 'Must be true: everything sent with this return code is removed.',
  })
  @Equals(true, { message: 'confirm must be true: deleting your data cannot be undone' })
  confirm!: true;
}
