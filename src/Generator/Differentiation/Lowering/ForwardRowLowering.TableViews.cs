// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using LayerGen.Analyzers;
using LayerGen.Differentiation.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// Read-only windows of constant tables: the table itself (<c>Coefficients</c>), a helper's <c>ReadOnlySpan&lt;T&gt;</c>
/// parameter it is passed as (<c>Horner(v, Coefficients)</c>), a <c>ReadOnlySpan&lt;T&gt;</c> local holding it, and
/// windows of any of these (<c>Coefficients[1..]</c>, <c>.Slice(a, n)</c>, <c>AsSpan(a)</c>). A table is a constant of
/// the row, so aliasing a span to it is exact and its elements have no adjoint, as spans of x, y and buffers are aliased
/// to their views (ForwardRowLowering.Views.cs).
/// </summary>
internal sealed partial class ForwardRowLowering
{
    private readonly Dictionary<ISymbol, TableView> _tableViews = new(SymbolEqualityComparer.Default);

    /// <summary>A window of a constant table: the table, its element type (null for int) and the window's offset and length.</summary>
    private sealed record TableView(ConstantTable Table, RealType? Element, IntExpr? Offset, IntExpr Length)
    {
        public IntExpr At(IntExpr index) => Offset is null ? index : new IntBinary(IntOperator.Add, Offset, index);
    }

    /// <summary>
    /// The table window <paramref name="operation"/> denotes, or null: nothing reported unless it names a field that is
    /// no constant table (reported at <paramref name="at"/>).
    /// </summary>
    private TableView? TableViewOf(IOperation? operation, IOperation at)
    {
        operation = operation is null ? null : Unconverted(operation);
        switch (operation)
        {
            case IFieldReferenceOperation { Field.Type: IArrayTypeSymbol { ElementType: var element } } field:
                return TableOf(field, at) is { } table ? new TableView(table, RealTypeOf(element), null, new IntConstant(table.Values.Length)) : null;
            case IParameterReferenceOperation parameter when _inlineFrames.Count > 0 &&
                                                             _inlineFrames[_inlineFrames.Count - 1].Tables.TryGetValue(parameter.Parameter, out TableView? bound):
                return bound;
            case ILocalReferenceOperation local when _tableViews.TryGetValue(local.Local, out TableView? held):
                return held;
            case IInvocationOperation window when WindowCall(window) is ({ } receiver, { } arguments) && TableViewOf(receiver, at) is { } whole:
                return TableWindow(whole, arguments, window);
            case IImplicitIndexerReferenceOperation { Argument: IRangeOperation range } indexer when TableViewOf(indexer.Instance, at) is { } sliced:
                return TableWindow(sliced, [range], indexer);
            case IArrayElementReferenceOperation { Indices: [IRangeOperation range] } copy when TableViewOf(copy.ArrayReference, at) is { } copied:
                return TableWindow(copied, [range], copy); // Table[a..b] copies constants: the same values as the window
            default:
                return null;
        }
    }

    /// <summary>True for <c>System.ReadOnlySpan&lt;T&gt;</c> of any element type (a table of ints is passed as one too).</summary>
    private static bool IsReadOnlySpanType(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "ReadOnlySpan", IsGenericType: true, TypeArguments.Length: 1 } named && named.ContainingNamespace?.ToDisplayString() == "System";

    /// <summary>True for <c>System.Span&lt;T&gt;</c> of any element type.</summary>
    private static bool IsSpanType(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Span", IsGenericType: true, TypeArguments.Length: 1 } named && named.ContainingNamespace?.ToDisplayString() == "System";

    private TableView? TableWindow(TableView whole, IOperation[] arguments, IOperation at)
    {
        if (WindowBounds(whole.Length, arguments) is not ({ } start, { } length))
        {
            return null;
        }

        int? offset = ConstantValue(whole.At(start)), count = ConstantValue(length);
        if (offset is null || count is null || offset < 0 || count < 0 || offset + count > whole.Table.Values.Length)
        {
            Report(RuleIdentifiers.UnsupportedBuffer, at, "the slice '" + Text(at.Syntax) + "' of the table '" + TableName(whole) + "'" +
                (offset is null || count is null ? ", whose bounds are not known at compile time" : ", a window outside it"), Supported.Tables);
            return null;
        }

        return new TableView(whole.Table, whole.Element, whole.At(start), length);
    }

    /// <summary>An element of a table window as an integer (an int table) or a real of <paramref name="type"/>; null (reported) when the index is outside.</summary>
    private object? TableElement(TableView view, IOperation index, RealType? type)
    {
        if (Position(index, view.Length) is not { } position)
        {
            return null;
        }

        if (ConstantValue(position) is { } inView && ConstantValue(view.Length) is { } length && (inView < 0 || inView >= length))
        {
            Report(RuleIdentifiers.UnsupportedIndex, index, "the index '" + Text(index.Syntax) + "' (" + inView + ") outside a table" +
                (view.Offset is null ? string.Empty : " window") + " of length " + length, Supported.Indices);
            return null;
        }

        IntExpr at = view.At(position);
        if (ConstantValue(at) is { } constant)
        {
            return type is { } real ? new RealConstant(real, view.Table.Values[constant]) : new IntConstant((int)view.Table.Values[constant]);
        }

        return type is { } realType ? new RealTableRead(realType, view.Table, at) : new IntTableRead(view.Table, at);
    }

    /// <summary>A real read of a table window's element (an int table's element converted).</summary>
    private RealExpr? RealTableElement(TableView view, RealType type, IOperation index) => view.Element is null
        ? TableElement(view, index, null) is IntExpr integer ? new IntToReal(type, integer) : null
        : TableElement(view, index, view.Element) is RealExpr real ? Coerce(real, type) : null;

    /// <summary>An int table window's element as an integer expression; null (reported) for a real table or an index outside.</summary>
    private IntExpr? IntTableElement(TableView view, IOperation index) =>
        view.Element is null ? TableElement(view, index, null) as IntExpr : null;

    private static string TableName(TableView view)
    {
        int dot = view.Table.Name.LastIndexOf('.');
        return dot < 0 ? view.Table.Name : view.Table.Name.Substring(dot + 1);
    }
}
