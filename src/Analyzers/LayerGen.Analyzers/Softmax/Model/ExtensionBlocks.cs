using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// C# 14 extension blocks (<c>extension(Span&lt;float&gt; row) { public float Peak =&gt; …; }</c>) as the model reads
/// them. In IOperation a member of such a block is an instance (or static) member of the block's unnamed type, called on
/// its receiver (<c>row.Peak</c>: the receiver is the call's <c>Instance</c>), and its body reads the receiver as a
/// parameter of that type, not of the member (ordinal 0, like the member's own first parameter). So the receiver is
/// the argument passed for that parameter; everything else is read as for a static helper of the enclosing class.
/// </summary>
/// <remarks>
/// The analyzer builds against Roslyn 4.14, which has neither <c>TypeKind.Extension</c> nor
/// <c>INamedTypeSymbol.IsExtension</c>: the block is recognised by the kind's name, an unnamed type nested in a static
/// class, which only an extension block is.
/// </remarks>
internal static class ExtensionBlocks
{
    /// <summary>True when <paramref name="type"/> is the type of a non-generic extension block of a non-generic static class.</summary>
    public static bool IsBlock(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name.Length: 0, IsGenericType: false, ContainingType: { IsStatic: true, IsGenericType: false } } named
        && named.TypeKind.ToString() == "Extension";

    /// <summary>True when <paramref name="method"/> (a method or accessor) is declared in an extension block.</summary>
    public static bool IsMember(IMethodSymbol? method) => IsBlock(method?.ContainingType);

    /// <summary>
    /// True when <paramref name="parameter"/> is the receiver of the extension block declaring <paramref name="member"/>
    /// (<c>row</c> of <c>extension(Span&lt;float&gt; row)</c>, read in its member's body).
    /// </summary>
    public static bool IsReceiverOf(IParameterSymbol parameter, IMethodSymbol member) =>
        parameter.ContainingSymbol is INamedTypeSymbol block && IsBlock(block)
        && SymbolEqualityComparer.Default.Equals(block.OriginalDefinition, member.ContainingType?.OriginalDefinition);
}
