using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Aligned copies: a call that writes a whole flat buffer from another element for element (<c>TensorPrimitives.Divide(x,
/// t, y)</c>, <c>Negate(x, y)</c>, <c>x.AsSpan().CopyTo(y)</c>, <c>Array.Copy(x, y, x.Length)</c>) keeps its strides,
/// so a row of one is a row of the other and a whole-buffer fold of y spans x's rows (HeldOut20 LogitBiasSampler).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Aligns destination and source of every whole-buffer, element-for-element copy of this method.</summary>
    private void LinkAlignedCopies()
    {
        foreach (var call in _operations.OfType<IInvocationOperation>())
        {
            if (AlignedCopy(call) is ({ } destination, { } source)
                && WholeAtom(destination) is { } destinationWhole && WholeAtom(source) is { } sourceWhole
                && !SymbolEqualityComparer.Default.Equals(destinationWhole.Root, sourceWhole.Root))
            {
                Classes.Align(destinationWhole, sourceWhole);
            }
        }
    }

    /// <summary>The destination and source views of a call that writes one buffer from another element for element.</summary>
    private (BufferView? Destination, BufferView? Source) AlignedCopy(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        if (ElementwiseCall(call) is { } elementwise)
        {
            return (elementwise.Destination, elementwise.Source);
        }

        // A unary element-wise library call (Negate, Abs, Exp, Tanh... of x into y): two arguments, first read, last written.
        if (method.ContainingType is { } type && SymbolEqualityComparer.Default.Equals(type, Symbols.TensorPrimitives)
            && call.Arguments.Length == 2 && method.Parameters.Length == 2
            && method.Parameters[1].Type.Name == "Span" && method.Parameters[0].Type.Name == "ReadOnlySpan")
        {
            return (EvalView(call.Arguments[1].Value), EvalView(call.Arguments[0].Value));
        }

        // source.CopyTo(destination) on spans and arrays (the array overload with an index is a partial copy).
        if (method.Name is "CopyTo" or "TryCopyTo" && call.Instance is { } instance && call.Arguments.Length == 1)
        {
            return (EvalView(call.Arguments[0].Value), EvalView(instance));
        }

        // Array.Copy(source, destination, source.Length): the five-argument form copies at offsets, not aligned.
        if (method.Name == "Copy" && method.ContainingType?.SpecialType == SpecialType.System_Array && call.Arguments.Length == 3
            && Unwrap(call.Arguments[2].Value) is IPropertyReferenceOperation { Property.Name: "Length", Instance: { } counted }
            && (SameValue(counted, call.Arguments[0].Value) || SameValue(counted, call.Arguments[1].Value)))
        {
            return (EvalView(call.Arguments[1].Value), EvalView(call.Arguments[0].Value));
        }

        return (null, null);
    }

    /// <summary>The whole-buffer atom of an unsliced flat view, or null for a slice or another layout.</summary>
    private static DimensionAtom? WholeAtom(BufferView view) =>
        view.Root is { } root && view.FlatOffset is null && view.Layout == BufferLayout.Flat
            && view.IteratedAtoms(all: true).Contains(DimensionAtom.Whole(root))
            ? DimensionAtom.Whole(root)
            : null;
}
