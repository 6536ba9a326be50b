using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Which dictionary a keyed group gather looks up (keygather round 3, condition 1): <c>score[t]</c> over one group's keys
/// reads a subset of ONE dictionary only when <c>score</c> is provably the same, unchanged object for every group. That is
/// proven, not guessed: the dictionary is a by-value parameter or a <c>readonly</c> field (or a local initialised once from
/// one of those before the group loop), and every reference to it in the method is a known read (indexer get,
/// <c>TryGetValue</c>, <c>ContainsKey</c>, <c>Values</c>, <c>Keys</c>, <c>Count</c>, a <c>foreach</c> over it, an argument of
/// a LINQ operator), or a store at a group's key (<c>w[t] = e</c>: the weights dictionary, a fresh local created above the
/// group loop, is looked up by the same keys when it is normalised). Anything else (an assignment, a store, a mutating or unknown call, an alias, a <c>ref</c>/<c>out</c>
/// argument) leaves it unproven, and an unproven lookup stays a loop-free element, main's reading.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Every local, parameter and field reference of the method by symbol: one walk of the method, on first use.</summary>
    private Dictionary<ISymbol, List<IOperation>>? _symbolReferences;

    /// <summary>Memo of <see cref="OnlyReadExcept"/>, per symbol (the one allowed alias is fixed per symbol).</summary>
    private readonly Dictionary<ISymbol, bool> _onlyRead = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// True when <paramref name="dictionary"/><c>[</c><paramref name="index"/><c>]</c> is a keyed group lookup (the index a
    /// key walking one group's list, KeyedGroupGathers.cs) into a dictionary not proven to be one unchanged object for every
    /// group: such a lookup is left a loop-free element, as before keyed gathers.
    /// </summary>
    private bool LooksUpUnprovenDictionary(IOperation dictionary, IOperation? index) =>
        Unwrap(index) is ILocalReferenceOperation { Local: var key } && KeyedGroupListRoot(key) is not null && ForEachOf(key) is { } walk
        && !IsProvenSharedDictionary(dictionary, walk);

    /// <summary>
    /// Condition 1: <paramref name="dictionary"/> is a parameter or <c>readonly</c> field read only by known reads, or a local
    /// declared before every loop that picks <paramref name="walk"/>'s list, initialised from such a parameter or field (its
    /// one permitted alias) and itself only read.
    /// </summary>
    private bool IsProvenSharedDictionary(IOperation dictionary, IForEachLoopOperation walk)
    {
        switch (Unwrap(dictionary))
        {
            case IParameterReferenceOperation or IFieldReferenceOperation when SharedRoot(dictionary) is { } root:
                return OnlyReadExcept(root, alias: null);
            case ILocalReferenceOperation { Local: { RefKind: RefKind.None } local }
                when WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation declarator
                    && writes[0].Value is { } value && (SharedRoot(value) is not null || Unwrap(value) is IObjectCreationOperation):
                // var w = new Dictionary<…>() above the loop, filled at the groups' keys (w[t] = e): the weights the exps go to.
                var groupLoop = PickingLoops(walk).LastOrDefault();
                return groupLoop is not null && declarator.Syntax.SyntaxTree == groupLoop.Syntax.SyntaxTree
                    && declarator.Syntax.Span.End <= groupLoop.Syntax.SpanStart
                    && OnlyReadExcept(local, alias: null) && (SharedRoot(value) is not { } source || OnlyReadExcept(source, alias: Unwrap(value)));
            default:
                return false;
        }
    }

    /// <summary>A by-value parameter or a <c>readonly</c> field of this object or a type (not of another object): the symbol; else null.</summary>
    private static ISymbol? SharedRoot(IOperation operation) => Unwrap(operation) switch
    {
        IParameterReferenceOperation { Parameter: { RefKind: RefKind.None or RefKind.In } parameter } => parameter,
        IFieldReferenceOperation { Field: { IsReadOnly: true } field, Instance: null or IInstanceReferenceOperation } => field,
        _ => null,
    };

    /// <summary>
    /// True when every reference to <paramref name="symbol"/> in the method is a known read (<see cref="IsKnownRead"/>),
    /// <paramref name="alias"/> (the initialiser of the one local allowed to copy it) aside. Memoised per symbol.
    /// </summary>
    private bool OnlyReadExcept(ISymbol symbol, IOperation? alias)
    {
        if (_onlyRead.TryGetValue(symbol, out var known))
        {
            return known;
        }

        var onlyRead = References(symbol).All(reference => reference == alias || IsKnownRead(reference));
        _onlyRead[symbol] = onlyRead;
        return onlyRead;
    }

    /// <summary>The references to <paramref name="symbol"/> in the method (one walk of the method for all symbols).</summary>
    private IReadOnlyList<IOperation> References(ISymbol symbol)
    {
        if (_symbolReferences is null)
        {
            _symbolReferences = new Dictionary<ISymbol, List<IOperation>>(SymbolEqualityComparer.Default);
            foreach (var node in _root.DescendantsAndSelf())
            {
                if (node is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation && VariableOf(node) is { } referenced)
                {
                    if (!_symbolReferences.TryGetValue(referenced, out var list))
                    {
                        _symbolReferences[referenced] = list = new List<IOperation>();
                    }

                    list.Add(node);
                }
            }
        }

        return _symbolReferences.TryGetValue(symbol, out var references) ? references : (IReadOnlyList<IOperation>)System.Array.Empty<IOperation>();
    }

    /// <summary>
    /// A use that cannot change the dictionary or hand it on: <c>d[k]</c> read (not a store target), <c>d.Values</c>,
    /// <c>d.Keys</c>, <c>d.Count</c>, <c>d.TryGetValue</c>/<c>ContainsKey</c>/…, <c>foreach (… in d)</c>, or a by-value
    /// argument of a LINQ operator (<c>d.Max(kv =&gt; kv.Value)</c>). A lambda that only reads it is a read too.
    /// </summary>
    private bool IsKnownRead(IOperation reference)
    {
        var use = reference;
        while (use.Parent is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
        {
            use = use.Parent;
        }

        return use.Parent switch
        {
            IPropertyReferenceOperation { Property.IsIndexer: true } indexer when indexer.Instance == use => !IsStoredInto(indexer) || IsStoreAtGroupKey(indexer),
            IPropertyReferenceOperation property when property.Instance == use => property.Property.Name is "Values" or "Keys" or "Count",
            IInvocationOperation call when call.Instance == use => call.TargetMethod.Name is "TryGetValue" or "ContainsKey" or "ContainsValue" or "GetValueOrDefault",
            IArgumentOperation { Parameter.RefKind: RefKind.None, Parent: IInvocationOperation call } => Symbols.IsLinqOperatorType(call.TargetMethod.ContainingType),
            IForEachLoopOperation loop => loop.Collection == use,
            IReturnOperation => true, // return w: handed out when the method ends, after every group
            _ => false,
        };
    }

    /// <summary>
    /// <c>w[t] = e</c>, <c>w[t] /= z</c> with <c>t</c> a key walking one group's list: the dictionary gets entries at the
    /// groups' keys, never loses one and stays the same object, so a peak over it still spans every group stored so far.
    /// </summary>
    private bool IsStoreAtGroupKey(IPropertyReferenceOperation indexer) =>
        indexer.Arguments.Length == 1 && Unwrap(indexer.Arguments[0].Value) is ILocalReferenceOperation { Local: var key } && KeyedGroupListRoot(key) is not null;

    /// <summary>True when <paramref name="place"/> is written: an assignment or deconstruction target, incremented, or passed by <c>ref</c>/<c>out</c>.</summary>
    private static bool IsStoredInto(IOperation place) => place.Parent switch
    {
        IAssignmentOperation assignment => assignment.Target == place,
        IIncrementOrDecrementOperation => true,
        IArgumentOperation { Parameter.RefKind: not RefKind.None } => true,
        ITupleOperation => true,
        _ => false,
    };
}
