using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Probabilities made by a static helper of another type in the same file (Real57's NEA attention:
/// <c>attentionWeights = MathsUtils.Softmax(scores)</c> in the block's Forward, read back by its Backward): a static
/// method has no instance, so which type declares it does not change what it returns or writes into a buffer argument.
/// Modelled like a helper of the type (<see cref="HelperModel"/>), within the same depth and size limits; extension
/// methods and instance methods of other types are not (their receiver is another object).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The model of a static, non-extension method of another type declared in this tree, one level deeper; else null.</summary>
    private SoftmaxModel? OtherTypeStaticHelperModel(IMethodSymbol method)
    {
        if (_depth >= MaxProvenanceDepth || Owner is not { ContainingType: { } type } owner
            || method is not { IsStatic: true, IsExtensionMethod: false, MethodKind: MethodKind.Ordinary }
            || SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, type.OriginalDefinition)
            || SymbolEqualityComparer.Default.Equals(method.OriginalDefinition, owner.OriginalDefinition))
        {
            return null;
        }

        return NestedModel(method.OriginalDefinition);
    }
}
