using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A dictionary's value read through a lookup is the element the indexer reads: <c>d.GetValueOrDefault(k)</c> (also
/// <c>CollectionExtensions.GetValueOrDefault(d, k, c)</c>) and the local <c>w</c> of <c>d.TryGetValue(k, out w)</c> are
/// <c>d[k]</c> where the key is present (and a default, itself a value, where it is not), so per-label scores summed from
/// sparse weights (<c>tokens.Sum(t =&gt; d.TryGetValue(t, out var w) ? w : 0)</c>, HeldOut44's
/// <c>BagOfWords_RawLabelDictionary</c>) are data like <c>tokens.Sum(t =&gt; d[t])</c>.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The dictionary and the key a lookup call reads (<see cref="WellKnownSymbols.IsDictionaryLookup"/>); null for any other call.</summary>
    private (IOperation Dictionary, IOperation Key)? DictionaryLookup(IInvocationOperation call)
    {
        if (!Symbols.IsDictionaryLookup(call.TargetMethod))
        {
            return null;
        }

        // An extension (CollectionExtensions.GetValueOrDefault) takes the dictionary as its first parameter.
        var offset = call.Instance is null ? 1 : 0;
        var dictionary = call.Instance ?? ArgumentAt(call, 0);
        var key = ArgumentAt(call, offset);
        return dictionary is not null && key is not null ? (dictionary, key) : null;
    }

    /// <summary>
    /// The value <c>d.GetValueOrDefault(k[, c])</c> computes: the element <c>d[k]</c>, and the default <c>c</c> if one is
    /// given; null when the call is no lookup or the element is not read.
    /// </summary>
    private ValueFacts? LookedUpValue(IInvocationOperation call)
    {
        if (call.TargetMethod.Name != "GetValueOrDefault" || !Symbols.IsDictionaryLookup(call.TargetMethod) || ReadElement(call)?.Facts is not { } element)
        {
            return null;
        }

        var fallback = ArgumentAt(call, call.Instance is null ? 2 : 1);
        return fallback is null ? element : element.Merge(Eval(fallback));
    }

    /// <summary>
    /// What the out argument <paramref name="write"/> of <c>d.TryGetValue(k, out w)</c> stores into <c>w</c>: the element
    /// <c>d[k]</c> (where the lookup fails, <c>default</c>, a constant). Null for any other write.
    /// </summary>
    private ValueFacts? LookedUpOut(IOperation write) =>
        write is IArgumentOperation { Parameter.RefKind: RefKind.Out, Parent: IInvocationOperation { TargetMethod.Name: "TryGetValue" } call }
            && Symbols.IsDictionaryLookup(call.TargetMethod)
            ? ReadElement(call)?.Facts
            : null;

    /// <summary>The value of the argument bound to the parameter at <paramref name="ordinal"/> (arguments may be named).</summary>
    private static IOperation? ArgumentAt(IInvocationOperation call, int ordinal) =>
        call.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == ordinal)?.Value;
}
