using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Calls that append to a <c>List&lt;T&gt;</c>: <c>Add(v)</c> and <c>Insert(i, v)</c> store one value,
/// <c>AddRange(source)</c> and <c>InsertRange(i, source)</c> store every element of their source, exactly as <c>Add</c> in
/// a loop over it would. Without the range forms, <c>p.AddRange(x.Select(v =&gt; Math.Exp(v)))</c> left <c>p</c> without
/// values, so <c>p[k] / p.Sum()</c> had no site and no LG0003. Where an element lands (front, back, an index) does not
/// matter: a list's elements are one dimension, read whole.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// An instance call of <c>List&lt;T&gt;</c> that appends to it (<see cref="AddedOperand"/>): <c>Add</c> and
    /// <c>Insert</c> to any list the model reads, <c>AddRange</c> and <c>InsertRange</c> to a list of numbers or records
    /// (a range into a list of rows would add rows to its first level: not read).
    /// </summary>
    private static bool IsListAppend(IInvocationOperation call) =>
        call is { TargetMethod: { IsStatic: false } method, Instance.Type: INamedTypeSymbol { Name: "List", TypeArguments.Length: 1 } list }
        && list.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic"
        && (method.Name, call.Arguments.Length) switch
        {
            ("Add", 1) or ("Insert", 2) => WellKnownSymbols.IsBuffer(list) || WellKnownSymbols.IsRecordBuffer(list) || IsDictionaryRows(list),
            ("AddRange", 1) or ("InsertRange", 2) => WellKnownSymbols.IsNumeric(list.TypeArguments[0]) || WellKnownSymbols.IsRecord(list.TypeArguments[0]),
            _ => false,
        };

    /// <summary>What a list append stores: its last argument (the value, or the source of a range).</summary>
    private static IOperation AddedOperand(IInvocationOperation add) => add.Arguments[add.Arguments.Length - 1].Value;

    /// <summary>True for <c>AddRange</c>/<c>InsertRange</c>, which store every element of their operand.</summary>
    private static bool AddsEveryElement(IInvocationOperation add) => add.TargetMethod.Name is "AddRange" or "InsertRange";
}
