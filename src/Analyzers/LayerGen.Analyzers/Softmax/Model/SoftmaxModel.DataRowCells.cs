using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// <c>System.Data</c> tables as 2-D buffers: a <c>DataTable</c> (its <c>Rows</c>, <c>Select()</c>, <c>AsEnumerable()</c>,
/// a <c>DataRow[]</c> or a sequence of rows) is a jagged buffer whose first level is its rows and whose second is its
/// columns; a <c>DataRow</c> is one row of it, and <c>row.ItemArray</c> that row's cells. A cell read
/// <c>row[c]</c>, <c>row["name"]</c>, <c>row[col]</c> (also cast, <c>(double)row[c]</c>, or converted,
/// <c>Convert.ToDouble(row[c])</c>, which <see cref="Unwrap"/> reads through) or <c>row.Field&lt;T&gt;(c)</c> is the
/// element of that row at the column key: the same element abstraction as <c>rows[i][c]</c> of a <c>double[][]</c>, so
/// an exp of a cell is an exp of logits, a fold over every row and column is a whole-table fold and a fold per row is
/// per-row. A key that is the variable of a <c>foreach</c> (<c>foreach (DataColumn col in logitColumns)</c>,
/// <c>foreach (string label in labels)</c>) steps with that walk: one column per iteration.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The row and the column key of a <c>DataRow</c> cell read: <c>row[key]</c> (one argument: an index, a name or a
    /// <c>DataColumn</c>) or <c>row.Field&lt;T&gt;(key)</c>; null for anything else (a read of another row version,
    /// <c>row[key, DataRowVersion.Original]</c>, included).
    /// </summary>
    private static (IOperation Row, IOperation Key)? DataRowCellParts(IOperation? operation) => operation switch
    {
        IPropertyReferenceOperation { Property.IsIndexer: true, Arguments: [var key], Instance: { } row } when IsDataType(row.Type, "DataRow") => (row, key.Value),
        IInvocationOperation { TargetMethod: { Name: "Field", IsExtensionMethod: true } method, Arguments: [var row, var key] }
            when IsDataType(method.ContainingType, "DataRowExtensions") && IsDataType(row.Value.Type, "DataRow") => (row.Value, key.Value),
        _ => null,
    };

    /// <summary>
    /// The column position a cell key stands for: the <c>foreach</c> walk whose (non-numeric) variable the key is, one
    /// column per iteration; otherwise the key's own index arithmetic (<c>k</c>, <c>"score_" + c</c>, <c>labels[k]</c>).
    /// </summary>
    private LinearIndex DataRowKeyIndex(IOperation key) =>
        Unwrap(key) is ILocalReferenceOperation { Local: var walked } && !WellKnownSymbols.IsNumeric(walked.Type)
        && ForEachOf(walked) is { } walk && DeconstructedElements(walk.LoopControlVariable) is null
            ? LinearIndex.Loop(walk, Stride.One)
            : Linear(key);

    /// <summary>
    /// The table or row a <c>System.Data</c> access denotes as a buffer: <c>table.Rows</c>, <c>table.Select(…)</c>,
    /// <c>table.AsEnumerable()</c>, <c>rows.Cast&lt;DataRow&gt;()</c> are the table's rows, <c>row.ItemArray</c> the row's
    /// cells; null for anything else.
    /// </summary>
    private static IOperation? DataTableSource(IOperation operation) => operation switch
    {
        IPropertyReferenceOperation { Property.Name: "Rows", Instance: { } table } when IsDataType(table.Type, "DataTable") => table,
        IPropertyReferenceOperation { Property.Name: "ItemArray", Instance: { } row } when IsDataType(row.Type, "DataRow") => row,
        IInvocationOperation { TargetMethod.Name: "Select", Instance: { } table } when IsDataType(table.Type, "DataTable") => table,
        IInvocationOperation { TargetMethod: { Name: "AsEnumerable", IsExtensionMethod: true } method, Arguments: [var table] }
            when IsDataType(method.ContainingType, "DataTableExtensions") => table.Value,
        IInvocationOperation { TargetMethod: { Name: "Cast" or "OfType", IsExtensionMethod: true }, Arguments: [var rows] }
            when IsDataType(rows.Value.Type, "DataRowCollection") => rows.Value,
        _ => null,
    };

    /// <summary>
    /// The view of a variable of a <c>System.Data</c> type: a table, its row collection, an array, list or sequence of
    /// rows (rows × columns, jagged), or one row (its columns, flat); null for any other type.
    /// </summary>
    private static BufferView? DataTableRootView(ISymbol symbol, ITypeSymbol? type)
    {
        var empty = StableKeys.Map<System.Collections.Immutable.ImmutableHashSet<DimensionAtom>>();
        if (IsDataType(type, "DataRow"))
        {
            return new BufferView(symbol, BufferLayout.Flat, 1, 0, null, empty, flattened: false);
        }

        var rows = IsDataType(type, "DataTable") || IsDataType(type, "DataRowCollection")
            || type is IArrayTypeSymbol { Rank: 1, ElementType: var element } && IsDataType(element, "DataRow")
            || type is INamedTypeSymbol { TypeArguments: [var item], Name: "List" or "IList" or "IReadOnlyList" or "IEnumerable" or "ICollection" or "IReadOnlyCollection" or "EnumerableRowCollection" }
                && IsDataType(item, "DataRow");
        return rows ? new BufferView(symbol, BufferLayout.Jagged, 2, 0, null, empty, flattened: false) : null;
    }

    /// <summary>True for the <c>System.Data</c> type named <paramref name="name"/>.</summary>
    private static bool IsDataType(ITypeSymbol? type, string name) =>
        type is INamedTypeSymbol { Name: var named, ContainingNamespace: { Name: "Data", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } }
        && named == name;
}
