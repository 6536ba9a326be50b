using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A fold moved into a local function or a lambda of this model (<c>double total = Fill(); double Fill() { double acc =
/// 0; for (…) { w[k] = Math.Exp(q[k]); acc += w[k]; } return acc; }</c>) returns what the inline fold held: the call
/// reads the data its body reads, and its returned value has the terms of its returned expressions. The reductions
/// such a call returns are read by <see cref="LocalFoldAt"/> and the helper summaries; this file answers the two
/// questions that otherwise stop at the call: whether the returned value reads data (a total from a local function is
/// no data-free scale, so <c>u * total</c> is a drawn share of the sum, not a scaled draw) and which log-domain terms it
/// adds to an exponent (<c>logp = Score()</c> with <c>acc = log prior; acc += log density</c> inside).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The expressions a call of a local function or lambda of this model returns (the returns of its own body, not
    /// of functions nested in it); null for any other call, or when some return returns nothing.
    /// </summary>
    private List<IOperation>? LocalHelperReturnedValues(IInvocationOperation call)
    {
        var callee = CalleeOf(call);
        if (!IsLocalHelper(callee) || LocalHelperBody(callee) is not { } body)
        {
            return null;
        }

        var returns = body.DescendantsAndSelf().OfType<IReturnOperation>().Where(ret => OwningFunction(ret, body) is null).ToList();
        return returns.Count == 0 || returns.Any(ret => ret.ReturnedValue is null) ? null : returns.Select(ret => ret.ReturnedValue!).ToList();
    }

    /// <summary>
    /// True when what a local function or lambda returns reads no data (<see cref="ReadsNoData"/>), its own parameters
    /// aside (the call's arguments are read where the call is). A fold over captured buffers reads data; so does a call
    /// whose body cannot be followed.
    /// </summary>
    private bool LocalHelperReadsNoData(IInvocationOperation call, int depth)
    {
        // A function that calls itself is read once per chain: its own call inside reads data (the safe answer), so k
        // self-calls cost k walks, not k to the power of the depth.
        var callee = CalleeOf(call);
        if (!_noDataCallsInProgress.Add(callee))
        {
            return false;
        }

        try
        {
            return LocalHelperReturnedValues(call) is { } returned && returned.All(value => ReadsNoDataBesides(value, depth, callee));
        }
        finally
        {
            _noDataCallsInProgress.Remove(callee);
        }
    }

    /// <summary>The local functions and lambdas <see cref="LocalHelperReadsNoData"/> is reading, outermost first.</summary>
    private readonly HashSet<IMethodSymbol> _noDataCallsInProgress = new(SymbolEqualityComparer.Default);
}
