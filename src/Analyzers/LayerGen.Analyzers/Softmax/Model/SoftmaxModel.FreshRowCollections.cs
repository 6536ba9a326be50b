using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A collection of fresh, empty rows made by LINQ from another collection: <c>logits.ToDictionary(kv =&gt; kv.Key, _ =&gt;
/// new float[tokens])</c>, <c>logits.Select(_ =&gt; new float[tokens]).ToList()</c> or <c>.ToArray()</c>. Only its shape
/// (one row per expert, keyed or indexed like the source) comes from the source; its rows are new zero-filled arrays,
/// written later (<c>w[kv.Key][t] = exp(…)</c>). So it is a buffer of its own, like <c>new Dictionary&lt;string,
/// float[]&gt;()</c> filled with <c>new float[tokens]</c> in a loop. Read as the source's sequence it stood for the logits
/// themselves, and the exps written into it were lost: expert-major softmaxes across such rows were not seen
/// (HeldOut42's outside probes).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Whether <paramref name="value"/> materialises one fresh, uninitialised array per element of its source.</summary>
    private static bool IsFreshRowCollection(IOperation? value)
    {
        if (Unwrap(value) is not IInvocationOperation { TargetMethod: { ContainingType: { Name: "Enumerable" } } method } call)
        {
            return false;
        }

        switch (method.Name)
        {
            case "ToDictionary" when call.Arguments.Length == 3:
                return ReturnsFreshArray(call.Arguments[2].Value);
            case "ToArray" or "ToList" when call.Arguments.Length == 1
                && Unwrap(call.Arguments[0].Value) is IInvocationOperation { TargetMethod: { ContainingType.Name: "Enumerable", Name: "Select" } } select
                && select.Arguments.Length == 2:
                return ReturnsFreshArray(select.Arguments[1].Value);
            default:
                return false;
        }
    }

    /// <summary>A lambda whose only return is <c>new T[n]</c> without an initializer (n may read anything: it holds no data).</summary>
    private static bool ReturnsFreshArray(IOperation selector)
    {
        if (LambdaAt(selector) is not { } lambda)
        {
            return false;
        }

        var returns = lambda.Body.DescendantsAndSelf().OfType<IReturnOperation>().ToList();
        return returns.Count == 1 && Unwrap(returns[0].ReturnedValue) is IArrayCreationOperation { Initializer: null, DimensionSizes.Length: 1 };
    }
}
