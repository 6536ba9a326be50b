// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using LayerGen.Analyzers;
using LayerGen.Differentiation.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// Span views: <c>x.Slice(a, n)</c>, <c>x.Slice(a)</c>, <c>x[a..b]</c> (and <c>^n</c>), a span local holding one
/// (<c>ReadOnlySpan&lt;T&gt; q = x.Slice(0, 4);</c>, never reassigned) or a helper's span parameter. A view is its base
/// span (x, y, a learnable or a buffer), an offset and a length, all integer expressions fixed where the view is made
/// (integer locals are never reassigned and loop variables do not change inside an iteration), so <c>q[i]</c> is the
/// base element at offset + i and <c>q.Length</c> the view's length.
/// </summary>
internal sealed partial class ForwardRowLowering
{
    private readonly Dictionary<ISymbol, View> _views = new(SymbolEqualityComparer.Default);

    /// <summary>A window of a span: <see cref="Offset"/> is null for the whole span.</summary>
    private sealed record View(ArrayRef Array, IntExpr? Offset, IntExpr Length)
    {
        public IntExpr At(IntExpr index) => Offset is null ? index : new IntBinary(IntOperator.Add, Offset, index);
    }

    /// <summary>The view <paramref name="operation"/> denotes, or null (nothing reported) when it is no span expression of the subset.</summary>
    private View? ViewOf(IOperation? operation)
    {
        operation = operation is null ? null : Unconverted(operation);
        if (ArrayOf(operation) is { } array)
        {
            return new View(array, null, new IntLength(array));
        }

        switch (operation)
        {
            case ILocalReferenceOperation local when _views.TryGetValue(local.Local, out View? view):
                return view;
            case IParameterReferenceOperation parameter when InlinedView(parameter.Parameter) is { } bound:
                return bound;
            case IInvocationOperation { TargetMethod.Name: "Slice", Arguments.Length: 1 or 2 } slice when ViewOf(slice.Instance) is { } whole:
                IntExpr? start = Int(slice.Arguments[0].Value);
                IntExpr? length = slice.Arguments.Length == 2 ? Int(slice.Arguments[1].Value) : start is null ? null : new IntBinary(IntOperator.Subtract, whole.Length, start);
                return start is null || length is null ? null : Checked(new View(whole.Array, whole.At(start), length), slice);
            case IImplicitIndexerReferenceOperation { Argument: IRangeOperation range } indexer when ViewOf(indexer.Instance) is { } sliced:
                IntExpr? from = range.LeftOperand is null ? new IntConstant(0) : RangeEnd(range.LeftOperand, sliced);
                IntExpr? to = range.RightOperand is null ? sliced.Length : RangeEnd(range.RightOperand, sliced);
                return from is null || to is null ? null : Checked(new View(sliced.Array, sliced.At(from), new IntBinary(IntOperator.Subtract, to, from)), indexer);
            default:
                return null;
        }
    }

    /// <summary>An end of a range, <c>a</c> or <c>^a</c> (counted from the end).</summary>
    private IntExpr? RangeEnd(IOperation end, View of)
    {
        end = Unconverted(end);
        if (end is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat)
        {
            return Int(Unconverted(hat.Operand)) is { } fromEnd ? new IntBinary(IntOperator.Subtract, of.Length, fromEnd) : null;
        }

        return Int(end);
    }

    private View? InlinedView(ISymbol symbol) =>
        _inlineFrames.Count > 0 && _inlineFrames[_inlineFrames.Count - 1].Views.TryGetValue(symbol, out View? view) ? view : null;

    /// <summary>Declares <c>ReadOnlySpan&lt;T&gt;/Span&lt;T&gt; name = view;</c>; false when the initialiser is no view (not reported).</summary>
    private bool TryDeclareView(ILocalSymbol local, IOperation? initializer, IOperation at)
    {
        if (initializer is null || StackAllocSize(initializer) is not null || ViewOf(initializer) is not { } view)
        {
            return false;
        }

        _views[local] = view;
        _rejectedLocals.Remove(local);
        return true;
    }

    /// <summary>The view, or null (reported) when its offset and length are constants that reach outside its span.</summary>
    private View? Checked(View view, IOperation at)
    {
        if (FitsInBase(view))
        {
            return view;
        }

        Report(RuleIdentifiers.UnsupportedBuffer, at, "the slice '" + Text(at.Syntax) + "', a window outside its span", "a slice must lie inside the span it is taken from");
        return null;
    }

    /// <summary>The base index of <paramref name="index"/> in <paramref name="view"/>; null (reported) when both are constants and the index is outside the view.</summary>
    private IntExpr? ElementIndex(View view, IntExpr index, IOperation at)
    {
        if (view.Offset is not null && ConstantValue(index) is { } i && ConstantValue(view.Length) is { } n && (i < 0 || i >= n))
        {
            Report(RuleIdentifiers.UnsupportedIndex, at, "the index '" + Text(at.Syntax) + "' (" + i + ") outside a slice of length " + n, Supported.Indices);
            return null;
        }

        return view.At(index);
    }

    /// <summary>False when offset and length are constants that reach outside the base span.</summary>
    private bool FitsInBase(View view)
    {
        int? offset = view.Offset is null ? 0 : ConstantValue(view.Offset);
        int? length = ConstantValue(view.Length);
        return offset is null || length is null || (offset >= 0 && length >= 0 && offset + length <= LengthOf(view.Array));
    }

    private bool IsViewLocal(IOperation operation) => operation is ILocalReferenceOperation local && _views.ContainsKey(local.Local);
}
