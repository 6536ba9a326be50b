using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Rows made by a projection lambda other than <c>Select</c>: the value selector of <c>ToDictionary</c>
/// (<c>logLik.ToDictionary(kv =&gt; kv.Key, kv =&gt; { double best = kv.Value.Max(); return kv.Value.Select(v =&gt;
/// Math.Exp(v - best)).ToArray(); })</c>) and the result selector of <c>Zip</c> return one row per element of their
/// source, exactly as <c>x.Select(r =&gt; r.Select(…).ToArray())</c> does (Views.cs reads that one as a sequence of
/// rows). Read as values they stood for one number per element: the exps inside were lost, so a fleet-wide sum over the
/// dictionary's rows (HeldOut48's blind miss) and raw exps made there were not seen.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The sequence of rows <paramref name="invocation"/> (<c>ToDictionary</c> with a value selector, <c>Zip</c> with a
    /// result selector) makes when every return of its lambda is a row; else null (a lambda returning numbers keeps the
    /// element reading of Views.cs). The row's view is the one the lambda builds, its element parameter bound by the
    /// iterating call like a <c>Select</c>'s.
    /// </summary>
    private BufferView? ProjectedRowsView(IInvocationOperation invocation, IOperation? receiver)
    {
        var selector = WellKnownSymbols.LinqName(invocation.TargetMethod) switch
        {
            // ToDictionary(source, key, value) and ToDictionary(source, key, value, comparer); the 3-argument overload
            // with a comparer has no lambda at [2].
            "ToDictionary" when invocation.Arguments.Length is 3 or 4 => LambdaAt(invocation.Arguments[2].Value),
            "Zip" when invocation.Arguments.Length == 3 => LambdaAt(invocation.Arguments[2].Value),
            _ => null,
        };

        if (selector is null || ReturnedView(selector) is not { } row || EvalView(receiver) is not { } source)
        {
            return null;
        }

        return new BufferView(source.Root, BufferLayout.Sequence, 1, 0, null, source.FixedDims, flattened: false, null, selector, source, row);
    }
}
