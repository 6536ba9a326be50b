using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Keyed group gathers (HeldOut49's <c>SectorSoftmax_UniverseTopScore</c>): <c>score[t]</c> for <c>foreach (string t in
/// tickers)</c>, where <c>tickers</c> is one group's key list picked by the loop over the groups (<c>foreach (var (sector,
/// tickers) in tickersBySector)</c>, <c>kv.Value</c>, <c>groups[sector]</c>, <c>s.Tickers</c>, an <c>IGrouping</c>), reads the
/// dictionary at the keys one group lists: a gather like <c>rating[m]</c> for <c>foreach (int m in members[g])</c>
/// (Gathers.cs), so a peak over the whole dictionary (<c>score.Values.Max()</c>) spans more than one group's terms.
/// Only where every floating-point accumulator of the group loop restarts per group: one total carried across the
/// groups is one softmax over their union (GroupUnions' condition on branch groupunion), which the whole peak bounds.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Memo of <see cref="KeyedGroupListRoot"/>, per walked key.</summary>
    private readonly Dictionary<ILocalSymbol, ISymbol?> _keyedGroupListRoots = new(SymbolEqualityComparer.Default);

    /// <summary>Memo of <see cref="CarriesAccumulator"/>, per group loop.</summary>
    private readonly Dictionary<IOperation, bool> _groupLoopCarries = new();

    /// <summary>
    /// The collection of groups whose key list <paramref name="key"/> walks (<c>t</c> of <c>foreach (string t in
    /// tickers)</c> with <c>tickers</c> one group's list picked by a loop), when no loop that picks the list carries a
    /// floating-point total across the groups; else null. Keys are strings, chars or enums (an integer walk is an index
    /// walk, IndexWalks.cs).
    /// </summary>
    private ISymbol? KeyedGroupListRoot(ILocalSymbol key)
    {
        if (_keyedGroupListRoots.TryGetValue(key, out var known))
        {
            return known;
        }

        ISymbol? root = null;
        if (IsKeyType(key.Type) && ForEachOf(key) is { } walk && DeconstructedElements(walk.LoopControlVariable) is null
            && !IsKeyed(Unwrap(walk.Collection)?.Type) && !IsKeysWalk(walk.Collection) && (PickedListRoot(walk.Collection) ?? WalkedGroupingRoot(walk.Collection)) is { } lists
            && !PickingLoops(walk).Any(CarriesAccumulator))
        {
            root = lists;
        }

        _keyedGroupListRoots[key] = root;
        return root;
    }

    /// <summary>
    /// The groups <paramref name="group"/> is one of when it is the variable of a <c>foreach</c> over an <c>ILookup</c> or a
    /// <c>GroupBy</c>/<c>ToLookup</c> call (<c>foreach (var members in universe.GroupBy(t =&gt; sectorOf[t]))</c>): the lookup,
    /// or the grouped source of the call. Each <c>IGrouping</c> lists one group's keys. Null otherwise.
    /// </summary>
    private ISymbol? WalkedGroupingRoot(IOperation group)
    {
        if (Unwrap(group) is not ILocalReferenceOperation { Local: var element } || !IsGrouping(element.Type) || ForEachOf(element) is not { } groups
            || DeconstructedElements(groups.LoopControlVariable) is not null)
        {
            return null;
        }

        return Unwrap(groups.Collection) switch
        {
            IInvocationOperation { TargetMethod.Name: "GroupBy" or "ToLookup" } call when Symbols.IsLinqOperatorType(call.TargetMethod.ContainingType)
                => VariableOf(Unwrap(call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null))),
            var collection => VariableOf(collection),
        };
    }

    /// <summary>
    /// <c>row.Keys</c> (also copied, <c>row.Keys.ToList()</c>): the keys of a dictionary address that dictionary's own
    /// entries (DictionaryKeys.cs), not one group's list into another dictionary.
    /// </summary>
    private static bool IsKeysWalk(IOperation collection) => Uncopied(collection) is IPropertyReferenceOperation { Property.Name: "Keys" };

    /// <summary>A string, char or enum: a label a dictionary is keyed by, not a position.</summary>
    private static bool IsKeyType(ITypeSymbol? type) =>
        type is { SpecialType: SpecialType.System_String or SpecialType.System_Char } or { TypeKind: TypeKind.Enum };

    /// <summary>
    /// The loops around <paramref name="walk"/> that pick the list it walks: the loops whose variable the collection
    /// reads (a <c>foreach</c> element, also deconstructed, or a counter), also through locals written once.
    /// </summary>
    private IEnumerable<IOperation> PickingLoops(IForEachLoopOperation walk)
    {
        var picking = new HashSet<IOperation>();
        AddPickingLoops(walk.Collection, picking, depth: 0);
        return EnclosingLoops(walk).Where(picking.Contains);
    }

    private void AddPickingLoops(IOperation list, HashSet<IOperation> loops, int depth)
    {
        foreach (var node in list.DescendantsAndSelf().OfType<ILocalReferenceOperation>())
        {
            if (ForEachOf(node.Local) is { } forEach)
            {
                loops.Add(forEach);
            }
            else if (InductionLoop(node.Local, node) is { } counted)
            {
                loops.Add(counted);
            }
            else if (depth < MaxIndirectionDepth && WritesOf(node.Local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation
                && writes[0].Value is { } value)
            {
                // string[] members = kv.Value: the loop that picked the copied list.
                AddPickingLoops(value, loops, depth + 1);
            }
        }
    }

    /// <summary>
    /// True when <paramref name="groupLoop"/> adds into a floating-point local declared outside it that it never resets
    /// (<c>total += w[t]</c> with <c>double total = 0</c> above the loop), or into a field, property or element the loop
    /// does not pick per group (<c>_total += e[t]</c>, <c>acc[0] += mass</c>; CarriedMemberTotals.cs): one total over every
    /// group, the union's normaliser. A counter or an integer tally is no normaliser.
    /// </summary>
    private bool CarriesAccumulator(IOperation groupLoop)
    {
        if (_groupLoopCarries.TryGetValue(groupLoop, out var carries))
        {
            return carries;
        }

        carries = false;
        foreach (var node in groupLoop.Descendants())
        {
            if (AccumulatedLocal(node) is { } local && IsFloating(local.Type) && !local.DeclaringSyntaxReferences.Any(reference => groupLoop.Syntax.Span.Contains(reference.Span))
                && !WritesOf(local).Any(write => Contains(groupLoop, write.Operation) && AccumulatedLocal(write.Operation) is null))
            {
                carries = true;
                break;
            }

            if (IsCarriedMemberTotal(node, groupLoop))
            {
                carries = true;
                break;
            }
        }

        _groupLoopCarries[groupLoop] = carries;
        return carries;

    }

    /// <summary>A double, float or decimal: a type a softmax total can have.</summary>
    private static bool IsFloating(ITypeSymbol? type) => type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal;

    /// <summary>The local <c>s</c> of <c>s += x</c> or <c>s = s + x</c>; null for any other operation.</summary>
    private static ILocalSymbol? AccumulatedLocal(IOperation operation) => operation switch
    {
        ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, Target: ILocalReferenceOperation { Local: var local } } => local,
        ISimpleAssignmentOperation { Target: ILocalReferenceOperation { Local: var local }, Value: var value }
            when Unwrap(value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum
            && (References(sum.LeftOperand, local) || References(sum.RightOperand, local)) => local,
        _ => null,
    };
}
