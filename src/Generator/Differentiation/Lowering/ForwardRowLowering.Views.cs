// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Linq;
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
            case IInvocationOperation window when WindowCall(window) is ({ } receiver, { } arguments) && ViewOf(receiver) is { } whole:
                return Window(whole, arguments, window);
            case IImplicitIndexerReferenceOperation { Argument: IRangeOperation range, Instance.Type: not IArrayTypeSymbol } indexer when ViewOf(indexer.Instance) is { } sliced:
                // (A range of an array is a copy, not a window: array[a..b] is no view; array.AsSpan(a..b) is.)
                return Window(sliced, [range], indexer);
            default:
                return null;
        }
    }

    /// <summary>
    /// A call that takes a window of a span or array: <c>s.Slice(a)</c>, <c>s.Slice(a, n)</c>, and the extension
    /// <c>AsSpan</c> of an array or span with no argument, a start, a start and length, an <c>Index</c> or a
    /// <c>Range</c>: its receiver and window arguments; null for any other call.
    /// </summary>
    private static (IOperation Receiver, IOperation[] Arguments)? WindowCall(IInvocationOperation call) => call switch
    {
        { TargetMethod: { Name: "Slice", IsStatic: false }, Instance: { } instance, Arguments.Length: 1 or 2 } => (instance, call.Arguments.Select(a => a.Value).ToArray()),
        { TargetMethod: { Name: "AsSpan", IsExtensionMethod: true }, Arguments.Length: >= 1 and <= 3 } =>
            (call.Arguments[0].Value, call.Arguments.Skip(1).Select(a => a.Value).ToArray()),
        _ => null,
    };

    /// <summary>
    /// The window of <paramref name="whole"/> that window arguments denote: none (all of it), a start or <c>Index</c> (to
    /// the end), a start and a length, or a <c>Range</c> (<c>a..b</c>, either end from the end, <c>^k</c>); null when an
    /// argument is outside the subset (reported) or the window reaches outside (reported at <paramref name="at"/>).
    /// </summary>
    private View? Window(View whole, IOperation[] arguments, IOperation at) =>
        arguments.Length == 0 ? whole : WindowBounds(whole.Length, arguments) is ({ } start, { } length) ? Checked(new View(whole.Array, whole.At(start), length), at) : null;

    /// <summary>The start and length of a window of something of <paramref name="wholeLength"/> elements (see <see cref="Window"/>).</summary>
    private (IntExpr Start, IntExpr Length)? WindowBounds(IntExpr wholeLength, IOperation[] arguments)
    {
        IntExpr? start, length;
        if (arguments.Length == 0)
        {
            return (new IntConstant(0), wholeLength);
        }

        if (arguments.Length == 1 && Unconverted(arguments[0]) is IRangeOperation range)
        {
            start = range.LeftOperand is null ? new IntConstant(0) : Position(range.LeftOperand, wholeLength);
            IntExpr? end = range.RightOperand is null ? wholeLength : Position(range.RightOperand, wholeLength);
            length = start is null || end is null ? null : new IntBinary(IntOperator.Subtract, end, start);
        }
        else
        {
            start = Position(arguments[0], wholeLength);
            length = arguments.Length == 2 ? Int(arguments[1]) : start is null ? null : new IntBinary(IntOperator.Subtract, wholeLength, start);
        }

        return start is null || length is null ? null : (start, length);
    }

    /// <summary>
    /// An index or an end of a range into something of <paramref name="length"/> elements, as a position from its start:
    /// <c>a</c>, or <c>^a</c> (counted from the end). Every indexable of the subset (x, y, learnables, buffers, views,
    /// tables) and every range normalises its index here, however the index is written.
    /// </summary>
    private IntExpr? Position(IOperation index, IntExpr length)
    {
        index = Unconverted(index);
        if (index is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat)
        {
            return Int(Unconverted(hat.Operand)) is { } fromEnd ? new IntBinary(IntOperator.Subtract, length, fromEnd) : null;
        }

        return Int(index);
    }

    /// <summary>An end of a range, <c>a</c> or <c>^a</c> (counted from the end of <paramref name="of"/>).</summary>
    private IntExpr? RangeEnd(IOperation end, View of) => Position(end, of.Length);

    private View? InlinedView(ISymbol symbol) =>
        _inlineFrames.Count > 0 && _inlineFrames[_inlineFrames.Count - 1].Views.TryGetValue(symbol, out View? view) ? view : null;

    /// <summary>Declares <c>ReadOnlySpan&lt;T&gt;/Span&lt;T&gt; name = view;</c>; false when the initialiser is no view (not reported).</summary>
    private bool TryDeclareView(ILocalSymbol local, IOperation? initializer, IOperation at)
    {
        if (initializer is not null && IsReadOnlySpanType(local.Type) && TableViewOf(initializer, initializer) is { } table)
        {
            _tableViews[local] = table;
            _rejectedLocals.Remove(local);
            return true;
        }

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
