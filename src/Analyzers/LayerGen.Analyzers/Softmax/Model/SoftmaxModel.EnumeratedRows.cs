using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The rows a <c>foreach</c> or <c>await foreach</c> walks when its collection is no buffer the model otherwise knows:
/// a method's result that yields rows (<c>reader.ReadAllAsync(ct)</c> of a <c>ChannelReader&lt;float[]&gt;</c>, a user
/// iterator <c>source.Load()</c> returning <c>IEnumerable&lt;float[]&gt;</c>), also through <c>WithCancellation</c> /
/// <c>ConfigureAwait</c> or a local holding it. Each iteration is a different row, as over a <c>List&lt;float[]&gt;</c>
/// parameter; the rows are the called method's own (its symbol is the root), read nowhere else in the method.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How many locals and pass-through calls are followed back to the call that yields the rows.</summary>
    private const int MaxEnumeratedRowsDepth = 4;

    /// <summary>The rows <paramref name="collection"/> (a loop's collection) yields when it is a call's result; else null.</summary>
    private BufferView? EnumeratedRowsView(IOperation collection, int depth = 0)
    {
        collection = Unwrap(collection)!;
        if (depth > MaxEnumeratedRowsDepth)
        {
            return null;
        }

        switch (collection)
        {
            case IInvocationOperation { TargetMethod.Name: "WithCancellation" or "ConfigureAwait" } passThrough
                when (passThrough.Instance ?? (passThrough.Arguments.Length > 0 ? passThrough.Arguments[0].Value : null)) is { } source:
                // frames.WithCancellation(ct), .ConfigureAwait(false): the same rows.
                return EvalView(source) ?? EnumeratedRowsView(source, depth + 1);
            case ILocalReferenceOperation { Local: var local } when ForEachOf(local) is null && WritesOf(local) is { Count: 1 } writes && writes[0].Value is { } value
                && !Contains(value, collection):
                // var frames = reader.ReadAllAsync(ct); await foreach (var f in frames).
                return EnumeratedRowsView(value, depth + 1);
            case IInvocationOperation { TargetMethod: var method } call when YieldsRows(call.Type):
                return RootView(method.OriginalDefinition, call.Type);
            default:
                return null;
        }
    }

    /// <summary>A generic sequence of rows: <c>IEnumerable&lt;float[]&gt;</c>, <c>IAsyncEnumerable&lt;float[]&gt;</c>, a configured one.</summary>
    private static bool YieldsRows(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeArguments: [var element] } && WellKnownSymbols.IsRow(element);
}
