using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The integer parameters of an indexed local function (IndexedLocalFunctions.cs) bound to the index expressions one
/// call passes, while the function's body is evaluated for that call: <c>sim[idx]</c> in
/// <c>double Logit(int idx) =&gt; sim[idx] / tau</c> called as <c>Logit(k * N + i)</c> reads <c>sim[k * N + i]</c>, so
/// a max folded through the call walks what the inline read walks (column i, stride N), not an index of no loop. The
/// body's indices and values hold for that call only: they are computed afresh at each call and forgotten after it.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Index parameter → the caller's index expression, while a body is evaluated for one call.</summary>
    private readonly Dictionary<IParameterSymbol, IOperation> _boundIndices = new(SymbolEqualityComparer.Default);

    /// <summary>The caller's index expression a read of a bound index parameter stands for; null for any other operation.</summary>
    private IOperation? BoundIndex(IOperation operation) =>
        _boundIndices.Count > 0 && operation is IParameterReferenceOperation { Parameter: var parameter }
            && _boundIndices.TryGetValue(parameter, out var argument)
            ? argument
            : null;

    /// <summary>
    /// Evaluates <paramref name="returned"/>, the body of <paramref name="parameters"/>' function, with each parameter
    /// bound to the index <paramref name="call"/> passes for it (matched by position); without bindings when an argument is missing.
    /// </summary>
    private ValueFacts EvalWithBoundIndices(IInvocationOperation call, IReadOnlyList<IParameterSymbol> parameters, IOperation returned)
    {
        var previous = new List<(IParameterSymbol Parameter, IOperation? Argument)>();
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is not { Ordinal: var ordinal } || ordinal >= parameters.Count || Unwrap(argument.Value) is not { } value)
            {
                RestoreIndices(previous);
                return Eval(returned);
            }

            var parameter = parameters[ordinal];
            previous.Add((parameter, _boundIndices.TryGetValue(parameter, out var outer) ? outer : null));
            _boundIndices[parameter] = value;
        }

        try
        {
            ForgetIndicesAndValues(returned);
            var facts = Eval(returned);
            ForgetIndicesAndValues(returned);
            return facts;
        }
        finally
        {
            RestoreIndices(previous);
        }
    }

    private void RestoreIndices(List<(IParameterSymbol Parameter, IOperation? Argument)> previous)
    {
        for (var index = previous.Count - 1; index >= 0; index--)
        {
            var (parameter, argument) = previous[index];
            if (argument is null)
            {
                _boundIndices.Remove(parameter);
            }
            else
            {
                _boundIndices[parameter] = argument;
            }
        }
    }

    /// <summary>Drops the cached indices and values of <paramref name="body"/>'s operations (they held for one call).</summary>
    private void ForgetIndicesAndValues(IOperation body)
    {
        var operations = new HashSet<IOperation>(body.DescendantsAndSelf());
        foreach (var operation in operations)
        {
            _indexCache.Remove(operation);
            _valueCache.Remove(operation);
        }

        if (_truncatedIndexCache.Count > 0)
        {
            var stale = new List<(IOperation, int)>();
            foreach (var key in _truncatedIndexCache.Keys)
            {
                if (operations.Contains(key.Operation))
                {
                    stale.Add(key);
                }
            }

            foreach (var key in stale)
            {
                _truncatedIndexCache.Remove(key);
            }
        }
    }
}
