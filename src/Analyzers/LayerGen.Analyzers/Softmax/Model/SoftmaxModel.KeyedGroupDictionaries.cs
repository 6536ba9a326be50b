using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Which dictionary a keyed group gather looks up (review 46, K01/K02): <c>score[t]</c> over one group's keys reads a
/// subset of one dictionary only when <c>score</c> is the same object for every group. A dictionary fetched or built per
/// group (<c>var score = scoresBySector[sector]</c>, <c>TryGetValue(sector, out var score)</c>, <c>GetScores(sector)</c>,
/// <c>tickers.ToDictionary(…)</c>) holds that group's entries only, so its <c>Values.Max()</c> is the group's own peak:
/// such a lookup stays a loop-free element, as before keyed gathers.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Memo of <see cref="SymbolsWrittenIn"/>, per group loop.</summary>
    private readonly Dictionary<IOperation, HashSet<ISymbol>> _symbolsWrittenInLoop = new();

    /// <summary>
    /// True when <paramref name="dictionary"/><c>[</c><paramref name="index"/><c>]</c> is a keyed group lookup (the index a
    /// key walking one group's list, KeyedGroupGathers.cs) into a dictionary that may differ per group: anything but a
    /// local, parameter or field of this object, or one of those written inside a loop that picks the group (declared
    /// there, assigned, passed by <c>out</c>/<c>ref</c>, stored into by indexer, or changed by a call such as <c>Clear</c>).
    /// </summary>
    private bool LooksUpGroupOwnDictionary(IOperation dictionary, IOperation? index)
    {
        if (Unwrap(index) is not ILocalReferenceOperation { Local: var key } || KeyedGroupListRoot(key) is null || ForEachOf(key) is not { } walk)
        {
            return false;
        }

        var symbol = Unwrap(dictionary) switch
        {
            ILocalReferenceOperation local => (ISymbol)local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => field.Field,
            _ => null,
        };

        // scoresBySector[sector][t], GetScores(sector)[t], groups[g].Scores[t]: fetched per group.
        return symbol is null || PickingLoops(walk).Any(loop => SymbolsWrittenIn(loop).Contains(symbol));
    }

    /// <summary>
    /// The variables <paramref name="loop"/> declares or writes, as a whole or into (indexer stores, <c>out</c>/<c>ref</c>
    /// arguments, instance calls other than lookups): one walk of the loop, memoised.
    /// </summary>
    private HashSet<ISymbol> SymbolsWrittenIn(IOperation loop)
    {
        if (_symbolsWrittenInLoop.TryGetValue(loop, out var written))
        {
            return written;
        }

        written = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var node in loop.DescendantsAndSelf())
        {
            switch (node)
            {
                case IVariableDeclaratorOperation declarator:
                    written.Add(declarator.Symbol);
                    break;
                case IForEachLoopOperation forEach:
                    written.UnionWith(forEach.Locals);
                    break;
                case IAssignmentOperation assignment:
                    AddWrittenVariable(assignment.Target, written);
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } argument:
                    AddWrittenVariable(argument.Value, written);
                    break;
                case IInvocationOperation { Instance: { } instance } call when !IsLookupMethod(call.TargetMethod.Name):
                    // score.Clear(), score.Add(t, v), score[t] = …: the dictionary is refilled in the loop.
                    if (VariableOf(instance) is { } changed)
                    {
                        written.Add(changed);
                    }

                    break;
            }
        }

        _symbolsWrittenInLoop[loop] = written;
        return written;

        static bool IsLookupMethod(string name) =>
            name is "TryGetValue" or "ContainsKey" or "ContainsValue" or "GetValueOrDefault" or "GetEnumerator" or "ToString" or "Equals" or "GetHashCode";
    }

    /// <summary>
    /// The variable <paramref name="target"/> writes, or stores into (<c>score[sector] = …</c>, <c>out var score</c>). A store
    /// at a keyed walk's own key (<c>w[t] = exp</c>) writes one entry per key, not a new dictionary per group: not counted.
    /// </summary>
    private void AddWrittenVariable(IOperation target, HashSet<ISymbol> written)
    {
        target = Unwrap(target)!;
        if (target is IDeclarationExpressionOperation declaration)
        {
            target = Unwrap(declaration.Expression)!;
        }

        var variable = target switch
        {
            IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
                when Unwrap(indexer.Arguments[0].Value) is ILocalReferenceOperation { Local: var key } && KeyedGroupListRoot(key) is not null => null,
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } => VariableOf(instance),
            IArrayElementReferenceOperation element => VariableOf(element.ArrayReference),
            _ => VariableOf(target),
        };
        if (variable is not null)
        {
            written.Add(variable);
        }
    }
}
