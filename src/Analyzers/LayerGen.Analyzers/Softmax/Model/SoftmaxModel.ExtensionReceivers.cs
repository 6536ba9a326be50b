using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The receiver of a C# 14 extension-block member as the argument of a helper (<see cref="ExtensionBlocks"/>):
/// <c>x.AsSpan().Peak</c> or <c>row.PeakOf()</c> with <c>extension(Span&lt;float&gt; row) { … }</c> folds what the
/// caller passes as <c>row</c>, as <c>Peak(this Span&lt;float&gt; row)</c> called the same way does. A dimension of the
/// receiver becomes the matching dimension of the value the member is called on, exactly as a buffer parameter's
/// becomes its argument's (<see cref="TranslateArgumentAtom"/>); one that has no counterpart drops the summary.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when <paramref name="atom"/> is a dimension of the extension-block receiver <paramref name="callee"/> reads.</summary>
    private static bool IsReceiverAtom(DimensionAtom atom, IMethodSymbol callee) =>
        atom.Root is IParameterSymbol parameter && ExtensionBlocks.IsReceiverOf(parameter, callee);

    /// <summary>
    /// The value passed for <paramref name="root"/> when it is the extension-block receiver of <paramref name="callee"/>:
    /// the call's receiver (<c>row</c> of <c>row.PeakOf()</c>); null for anything else.
    /// </summary>
    private static IOperation? ReceiverArgument(ISymbol root, IInvocationOperation call, IMethodSymbol callee) =>
        root is IParameterSymbol parameter && ExtensionBlocks.IsReceiverOf(parameter, callee) ? call.Instance : null;

    /// <summary>
    /// The dimensions of the receiver a getter of an extension block folds (<c>x.AsSpan(r * n, n).Peak</c>), in the
    /// caller's terms: the dimensions of the value read (<paramref name="read"/>'s instance); null when one has no
    /// counterpart or the getter is not an extension member.
    /// </summary>
    private ImmutableHashSet<DimensionAtom>? ReceiverAtoms(IPropertyReferenceOperation read, IMethodSymbol getter, IParameterSymbol receiver,
        System.Collections.Generic.IEnumerable<DimensionAtom> folded, ref ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> fixedDims)
    {
        if (read.Instance is not { } instance || !ExtensionBlocks.IsReceiverOf(receiver, getter))
        {
            return null;
        }

        var atoms = ImmutableHashSet<DimensionAtom>.Empty;
        foreach (var atom in folded)
        {
            if (TranslateArgumentAtom(atom, receiver, instance, call: null, getter, ref fixedDims) is not { } translated)
            {
                return null;
            }

            atoms = atoms.Add(translated);
        }

        return atoms;
    }
}
