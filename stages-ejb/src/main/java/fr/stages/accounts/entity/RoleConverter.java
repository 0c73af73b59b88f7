package fr.stages.accounts.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the group name the identity store returns ("agent"), not the enum constant. */
@Converter(autoApply = true)
public class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.groupName();
    }

    @Override
    public Role convertToEntityAttribute(String groupName) {
        return groupName == null ? null : Role.ofGroup(groupName);
    }
}
