using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Which members of a type may carry a forward pass's outputs to its other methods (member provenance): numeric
/// buffers and user tensor types (a type with a numeric indexer), declared on the type or inherited from a base class.
/// </summary>
internal static class MemberStorage
{
    /// <summary>A numeric buffer (<see cref="WellKnownSymbols.IsBuffer"/>) or a user type with a numeric indexer (a tensor, a vector).</summary>
    public static bool MayHoldValues(ITypeSymbol? type) => WellKnownSymbols.IsBuffer(type) || HasNumericIndexer(type);

    /// <summary>True when <paramref name="member"/> is declared on <paramref name="type"/> or one of its base classes.</summary>
    public static bool IsDeclaredOnTypeOrBase(ISymbol member, INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, member.ContainingType?.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNumericIndexer(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || named.SpecialType != SpecialType.None)
        {
            return false;
        }

        foreach (var member in named.GetMembers())
        {
            if (member is IPropertySymbol { IsIndexer: true } indexer && WellKnownSymbols.IsNumeric(indexer.Type))
            {
                return true;
            }
        }

        return false;
    }
}
