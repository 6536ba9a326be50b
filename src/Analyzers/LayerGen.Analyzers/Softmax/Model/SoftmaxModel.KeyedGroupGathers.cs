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
/// Only where the group loop provably restarts its normaliser per group (GroupNormalisers.cs) and the dictionary is provably
/// one unchanged object for every group (SharedDictionaries.cs): anything else stays main's reading, silent.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Memo of <see cref="KeyedGroupListRoot"/>, per walked key.</summary>
    private readonly Dictionary<ILocalSymbol, ISymbol?> _keyedGroupListRoots = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The collection of groups whose key list <paramref name="key"/> walks (<c>t</c> of <c>foreach (string t in
    /// tickers)</c> with <c>tickers</c> one group's list picked by a loop), when every loop that picks the list restarts its
    /// floating-point totals per group (<see cref="RestartsEveryTotal"/>); else null. Keys are strings, chars or enums (an integer walk is an index
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
            && PickingLoops(walk).All(RestartsEveryTotal))
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
}
