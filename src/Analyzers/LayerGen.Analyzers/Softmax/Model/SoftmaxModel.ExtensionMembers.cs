using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// C# 14 extension blocks (<c>extension(ReadOnlySpan&lt;double&gt; s) { public double Highest { get { … s … } } }</c>):
/// a member's body reads the block's receiver parameter, which belongs to the block (a type), not to the member. Read
/// on a value (<c>flat.Highest</c>), that parameter is the receiver, as the first argument is for a classic extension
/// method (<c>this ReadOnlySpan&lt;double&gt; s</c>): what the getter folds of it, the read folds of the receiver.
/// Also the buffers of rows a helper's depth atoms translate through (<c>T[][]</c>, <c>List&lt;T[]&gt;</c>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when <paramref name="parameter"/> is the receiver parameter of the extension block declaring <paramref name="member"/>.</summary>
    private static bool IsExtensionReceiver(IParameterSymbol parameter, ISymbol member) =>
        parameter.ContainingSymbol is INamedTypeSymbol block && member.ContainingType is { } declaring
        && SymbolEqualityComparer.Default.Equals(block.OriginalDefinition, declaring.OriginalDefinition);

    /// <summary>
    /// An extension block: a type nested in a static class that is none of the kinds C# declares otherwise. (The analyzer
    /// is built against a Roslyn without <c>TypeKind.Extension</c>; the kind is read as "not one of the others".)
    /// </summary>
    internal static bool IsExtensionBlock(INamedTypeSymbol? type) =>
        type is { ContainingType.IsStatic: true }
        && type.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface or TypeKind.Enum or TypeKind.Delegate or TypeKind.Error or TypeKind.Unknown);

    /// <summary>A one-dimensional buffer whose elements are arrays or lists of numbers (<c>float[][]</c>, <c>List&lt;T[]&gt;</c>).</summary>
    private static bool IsBufferOfRows(ITypeSymbol type)
    {
        var element = type switch
        {
            IArrayTypeSymbol { Rank: 1 } array => array.ElementType,
            INamedTypeSymbol { TypeArguments.Length: 1 } named when WellKnownSymbols.IsBuffer(named) => named.TypeArguments[0],
            _ => null,
        };
        return element is IArrayTypeSymbol { Rank: 1 } or INamedTypeSymbol { TypeArguments.Length: 1 } && WellKnownSymbols.IsBuffer(element);
    }
}
