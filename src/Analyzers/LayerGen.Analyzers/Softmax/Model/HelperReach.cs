using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Which methods the model may follow from a method (<c>owner</c>) into their bodies, to inline or summarise them: an
/// ordinary, non-virtual method declared once in source (the runtime calls exactly that body) that is a method of the
/// owner's own type, a static method of any other type (<c>MathUtil.Sum(frames)</c>, <c>Vec.Exp(scores)</c>), or an
/// instance method the owner's type inherits from a base class and calls on <c>this</c> (a protected helper of an
/// abstract layer), or a member of a C# 14 extension block. Virtual, abstract, override and interface methods are not
/// followed here: another override may run. (When the compilation shows one implementation, the inliner follows that
/// one, <see cref="DispatchTargets"/>.)
/// </summary>
internal static class HelperReach
{
    /// <summary>True when <paramref name="method"/> may be followed from <paramref name="owner"/> (see the type's summary).</summary>
    public static bool MayFollow(IMethodSymbol method, ISymbol owner)
    {
        if (method is not { MethodKind: MethodKind.Ordinary, IsAbstract: false, IsVirtual: false, IsOverride: false, IsExtern: false }
            || method.DeclaringSyntaxReferences.Length != 1
            || SymbolEqualityComparer.Default.Equals(method.OriginalDefinition, owner.OriginalDefinition)
            || method.ContainingType is not { } declaring || owner.ContainingType is not { } type)
        {
            return false;
        }

        // A generic declaring type is left to its own methods: its body names type parameters the owner does not have.
        // A member of a C# 14 extension block runs its one body like a static helper, its receiver an argument (ExtensionMembers.cs).
        return IsOwnType(method, owner)
            || !declaring.IsGenericType && method.IsStatic && declaring.TypeKind is TypeKind.Class or TypeKind.Struct
            || SoftmaxModel.IsExtensionBlock(method.ContainingType)
            || !declaring.IsGenericType && !method.IsStatic && !owner.IsStatic && InheritsFrom(type, declaring);
    }

    /// <summary>
    /// True when <paramref name="method"/>, an instance member of another object (<c>z.MaxOfRow(k)</c>, called on a
    /// variable of its type), may be followed from <paramref name="owner"/>: ordinary, non-virtual (no override may
    /// run instead), declared once in a non-generic class or struct. Its body reads that object where it reads <c>this</c>.
    /// </summary>
    public static bool MayFollowOnReceiver(IMethodSymbol method, ISymbol owner) =>
        method is { MethodKind: MethodKind.Ordinary, IsStatic: false, IsAbstract: false, IsVirtual: false, IsOverride: false, IsExtern: false, DeclaringSyntaxReferences.Length: 1 }
        && method.ContainingType is { IsGenericType: false, TypeKind: TypeKind.Class or TypeKind.Struct }
        && !SymbolEqualityComparer.Default.Equals(method.OriginalDefinition, owner.OriginalDefinition);

    /// <summary>True when <paramref name="method"/> is declared by the type that declares <paramref name="owner"/>.</summary>
    public static bool IsOwnType(IMethodSymbol method, ISymbol owner) =>
        SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, owner.ContainingType?.OriginalDefinition);

    /// <summary>True when <paramref name="baseType"/> is a proper base class of <paramref name="type"/>.</summary>
    private static bool InheritsFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
    {
        for (var current = type.OriginalDefinition.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }
}
