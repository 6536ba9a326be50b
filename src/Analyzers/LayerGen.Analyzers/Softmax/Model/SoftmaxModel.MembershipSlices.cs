using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Membership slices (nested logit: persons × alternatives, one softmax per nest, the nest's members chosen by a
/// membership test). A batch loop <c>k</c> picks the slice, and the sum walks only the members of nest <c>k</c>: a walk of
/// the row guarded by <c>nestOf[j] == k</c> (also <c>!=</c> with <c>continue</c>, <c>!(…)</c>, <c>else continue</c>, a
/// bool local holding the test, a record's <c>a.Nest == k</c>, a LINQ <c>Where</c> on the test), or a walk of an index
/// list picked by <c>k</c> (<c>nests[k]</c>, a local copy of it, a dictionary entry's <c>Value</c>, a list filled by
/// <c>Add(j)</c> under the test). A maximum that provably walks the whole row of the very array the exps read (see
/// <see cref="WalksWholeExpsRow"/>: that array unwritten and never handed on) cannot be every nest's own maximum: it
/// spans other nests, and a nest far below the person's best underflows to 0/0 (LG0001).
/// A side this reader cannot match is no verdict: a maximum over any buffer, mask, index list or count (refilled per
/// nest or not), or with any filter, is never taken as the whole row, and a sum walked any other way is no membership
/// slice. Only reads of the few folds of one site: no search beyond their enclosing loops.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Locals followed back to their one definition at most this many times (a bool holding the test, a copy of a list).</summary>
    private const int MembershipCopyDepth = 4;

    /// <summary>
    /// True when every fold of the site's sum walks one membership slice picked by the same batch loop, and every fold of
    /// <paramref name="max"/> walks, unfiltered, the whole row of the array the exps read (<see cref="WalksWholeExpsRow"/>).
    /// </summary>
    private bool WalksWholeRowAroundMembership(SoftmaxSite site, Reduction max)
    {
        if (max.Folds.IsEmpty || site.Sum.Folds.IsEmpty || max.SignUnknown)
        {
            return false;
        }

        var batchLoops = BatchLoops(site);
        if (batchLoops.Count == 0)
        {
            return false;
        }

        IOperation? picking = null;
        foreach (var fold in site.Sum.Folds)
        {
            if (MembershipPicker(fold, batchLoops) is not { } picker || (picking is not null && picking != picker))
            {
                return false;
            }

            picking = picker;
        }

        return picking is not null && max.Folds.All(fold => WalksWholeExpsRow(site, fold, picking));
    }

    /// <summary>
    /// The batch loop whose current nest <paramref name="fold"/> (a fold of the sum) is restricted to: by a membership
    /// guard inside its walk, a walk of an index list that loop picks, or a LINQ chain filtered by the test; null otherwise.
    /// </summary>
    private IOperation? MembershipPicker(IOperation fold, List<IOperation> batchLoops)
    {
        if (Unwrap(fold) is IInvocationOperation { TargetMethod.Name: "Sum" } linqSum)
        {
            return LinqMembershipPicker(linqSum, batchLoops);
        }

        if (EnclosingLoop(fold) is not { } walk || batchLoops.Contains(walk))
        {
            return null;
        }

        foreach (var batch in batchLoops)
        {
            if (Contains(batch, walk) && (IsGuardedByMembership(fold, walk, batch) || WalksListPickedBy(walk, batch)))
            {
                return batch;
            }
        }

        return null;
    }

    /// <summary><c>src.Where(j =&gt; nestOf[j] == k).Sum(…)</c>, <c>nests[k].Sum(…)</c>: the batch loop whose nest the chain keeps.</summary>
    private IOperation? LinqMembershipPicker(IInvocationOperation sum, List<IOperation> batchLoops)
    {
        var source = sum.Instance ?? (sum.Arguments.Length > 0 ? sum.Arguments[0].Value : null);
        for (var steps = 0; steps < 8 && Unwrap(source) is { } current; steps++)
        {
            if (current is IInvocationOperation { TargetMethod.Name: "Where", Arguments.Length: 2 } where
                && LambdaArgument(where) is { Symbol.Parameters: [var element] } predicate
                && predicate.Body.Operations is [IReturnOperation { ReturnedValue: { } test }])
            {
                return batchLoops.FirstOrDefault(batch => IsMembershipTest(test, true, element, batch, MembershipCopyDepth));
            }

            if (current is IInvocationOperation { TargetMethod.Name: "Select" or "ToArray" or "ToList" or "AsEnumerable" } chained)
            {
                source = chained.Instance ?? (chained.Arguments.Length > 0 ? chained.Arguments[0].Value : null);
                continue;
            }

            return batchLoops.FirstOrDefault(batch => Contains(batch, sum) && IsIndexList(current.Type) && IsListPickedBy(current, batch, MembershipCopyDepth));
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="fold"/> runs, inside <paramref name="walk"/>, only for members of the nest
    /// <paramref name="batch"/> picks: an <c>if</c> on the test around it (the negated test with the fold under
    /// <c>else</c>), or, in a block around it and before it, <c>if (negated test) continue;</c> or
    /// <c>if (test) … else continue;</c>.
    /// </summary>
    private bool IsGuardedByMembership(IOperation fold, IOperation walk, IOperation batch)
    {
        var element = WalkElement(walk);
        if (element is null)
        {
            return false;
        }

        // A fold recorded as its guarding statement (if (nestOf[j] == k) { …; z += e; }): its own test guards it.
        if (fold is IConditionalOperation guarded
            && (guarded.WhenFalse is null or IBranchOperation { BranchKind: BranchKind.Continue } && IsMembershipTest(guarded.Condition, true, element, batch, MembershipCopyDepth)
                || guarded.WhenTrue is IBranchOperation { BranchKind: BranchKind.Continue } && IsMembershipTest(guarded.Condition, false, element, batch, MembershipCopyDepth)))
        {
            return true;
        }

        IOperation child = fold;
        for (var parent = fold.Parent; parent is not null && parent != walk; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IConditionalOperation branch when branch.Condition != child:
                    if (IsMembershipTest(branch.Condition, branch.WhenTrue == child, element, batch, MembershipCopyDepth))
                    {
                        return true;
                    }

                    break;
                case IBlockOperation block:
                    var before = block.Operations.TakeWhile(statement => statement != child);
                    if (before.Any(statement => IsSkipUnlessMember(statement, element, batch)))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary><c>if (!member) continue;</c> or <c>if (member) … else continue;</c>: the rest of the walk's body runs for members only.</summary>
    private bool IsSkipUnlessMember(IOperation statement, ISymbol element, IOperation batch) =>
        statement is IConditionalOperation branch
        && (IsContinue(branch.WhenTrue) && IsMembershipTest(branch.Condition, false, element, batch, MembershipCopyDepth)
            || branch.WhenFalse is { } otherwise && IsContinue(otherwise) && IsMembershipTest(branch.Condition, true, element, batch, MembershipCopyDepth));

    /// <summary>The walk's own variable: a <c>for</c>/<c>while</c> loop's stepped local, a <c>foreach</c> local.</summary>
    private ISymbol? WalkElement(IOperation walk)
    {
        if (walk is IForEachLoopOperation { Locals: [var local] })
        {
            return local;
        }

        foreach (var pair in _inductionLoops)
        {
            if (pair.Value.Any(candidate => candidate.Loop == walk))
            {
                return pair.Key;
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="test"/> holds exactly for members of the nest <paramref name="batch"/> picks (or exactly
    /// for non-members, when <paramref name="positive"/> is false): <c>key[element] == k</c> or <c>element.Member == k</c>,
    /// either operand first, with <c>!=</c> and <c>!</c> flipping it, or a bool local defined once as such a test.
    /// </summary>
    private bool IsMembershipTest(IOperation? test, bool positive, ISymbol element, IOperation batch, int depth)
    {
        switch (Unwrap(test))
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, Operand: var operand }:
                return IsMembershipTest(operand, !positive, element, batch, depth);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison
                when (comparison.OperatorKind == BinaryOperatorKind.Equals) == positive:
                return IsKeyOf(comparison.LeftOperand, element) && IsCurrentNest(comparison.RightOperand, batch, depth)
                    || IsKeyOf(comparison.RightOperand, element) && IsCurrentNest(comparison.LeftOperand, batch, depth);
            case ILocalReferenceOperation { Local: var local } read when depth > 0 && local.Type?.SpecialType == SpecialType.System_Boolean:
                return WritesOf(local) is { Count: 1 } writes && writes[0].Value is { } value && !Contains(value, read)
                    && IsMembershipTest(value, positive, element, batch, depth - 1);
            default:
                return false;
        }
    }

    /// <summary>
    /// The element's nest key: <c>key[element]</c> of an array or list not written in the method's loops (a parameter,
    /// field or local), or a member chain of the element itself (<c>a.Nest</c>).
    /// </summary>
    private bool IsKeyOf(IOperation operand, ISymbol element)
    {
        switch (Unwrap(operand))
        {
            case IArrayElementReferenceOperation { Indices: [var index], ArrayReference: var keys }:
                return References(index, element) && VariableOf(keys) is { } array && !(array is ILocalSymbol && WritesOf(array).Count != 1);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments: [var argument], Instance: { } list }:
                return References(argument.Value, element) && VariableOf(list) is { } keyList && !(keyList is ILocalSymbol && WritesOf(keyList).Count != 1);
            case IMemberReferenceOperation member when member is IPropertyReferenceOperation { Property.IsIndexer: false } or IFieldReferenceOperation:
                var instance = Unwrap(member.Instance);
                return instance is not null && (References(instance, element) || instance is IMemberReferenceOperation && IsKeyOf(instance, element));
            default:
                return false;
        }
    }

    /// <summary>The nest <paramref name="batch"/> picks: its loop variable (a <c>for</c>'s stepped local, a <c>foreach</c> local) or a local copied once from it.</summary>
    private bool IsCurrentNest(IOperation operand, IOperation batch, int depth)
    {
        switch (Unwrap(operand))
        {
            case ILocalReferenceOperation { Local: var local } read:
                if (batch is IForEachLoopOperation { Locals: [var walked] } && SymbolEqualityComparer.Default.Equals(walked, local)
                    || InductionLoop(local, read) == batch)
                {
                    return true;
                }

                return depth > 0 && WritesOf(local) is { Count: 1 } writes && writes[0].Value is { } value && !Contains(value, read)
                    && Contains(batch, writes[0].Operation) && IsCurrentNest(value, batch, depth - 1);
            case IPropertyReferenceOperation { Property.Name: "Key", Instance: { } entry }:
                // foreach (var nest in members) … nest.Key
                return IsCurrentNest(entry, batch, depth);
            default:
                return false;
        }
    }

    /// <summary>
    /// A walk of one nest's index list: <c>foreach (int j in nests[k])</c> (or a local copy, a dictionary entry's
    /// <c>Value</c>), or a counted loop over its positions (<c>for (q = 0; q &lt; nests[k].Length; q++)</c>).
    /// </summary>
    private bool WalksListPickedBy(IOperation walk, IOperation batch)
    {
        if (walk is IForEachLoopOperation forEach)
        {
            return IsIndexWalk(forEach) && IsListPickedBy(forEach.Collection, batch, MembershipCopyDepth);
        }

        if (walk is IAnonymousFunctionOperation lambda && LambdaIndexWalkCollection(lambda) is { } indexList)
        {
            return IsListPickedBy(indexList, batch, MembershipCopyDepth);
        }

        return UpperBoundFromZero(walk) is IPropertyReferenceOperation { Property.Name: "Length" or "Count", Instance: { } list }
            && IsIndexList(list.Type) && IsListPickedBy(list, batch, MembershipCopyDepth);
    }

    /// <summary>An array or list of indices (<c>int[]</c>, <c>List&lt;int&gt;</c>), not a row of data (<c>v[n].Length</c>).</summary>
    private static bool IsIndexList(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol { Rank: 1, ElementType: var element } => IsIndexType(element),
        INamedTypeSymbol { TypeArguments: [var element] } named when named.Name is "List" or "IReadOnlyList" or "IList" => IsIndexType(element),
        _ => false,
    };

    /// <summary>
    /// True when <paramref name="list"/> is the index list of the nest <paramref name="batch"/> picks: <c>lists[k]</c>,
    /// the <c>Value</c> of the dictionary entry the batch <c>foreach</c> walks, a local defined once from either, or a
    /// local list created in the batch loop and filled only by <c>Add(j)</c> under the membership test.
    /// </summary>
    private bool IsListPickedBy(IOperation? list, IOperation batch, int depth)
    {
        switch (Unwrap(list))
        {
            case IArrayElementReferenceOperation { Indices: [var index] }:
                return IsCurrentNest(index, batch, depth);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments: [var argument] }:
                return IsCurrentNest(argument.Value, batch, depth);
            case IPropertyReferenceOperation { Property.Name: "Value", Instance: { } entry }:
                return batch is IForEachLoopOperation { Locals: [var walked] } && References(entry, walked);
            case ILocalReferenceOperation { Local: var local } read when depth > 0:
                var writes = WritesOf(local);
                if (writes.Count != 1 || writes[0].Value is not { } value || Contains(value, read))
                {
                    return false;
                }

                return Unwrap(value) is IObjectCreationOperation { Arguments.Length: 0 } && Contains(batch, writes[0].Operation)
                    ? IsFilledByMembers(local, batch)
                    : IsListPickedBy(value, batch, depth - 1);
            default:
                return false;
        }
    }

    /// <summary>A list every <c>Add</c> of which adds the walk's own variable under the membership test of <paramref name="batch"/>'s nest.</summary>
    private bool IsFilledByMembers(ILocalSymbol list, IOperation batch)
    {
        var adds = 0;
        foreach (var operation in batch.Descendants())
        {
            if (operation is not ILocalReferenceOperation { Local: var read } reference || !SymbolEqualityComparer.Default.Equals(read, list)
                || reference.Parent is IVariableDeclaratorOperation or ISimpleAssignmentOperation)
            {
                continue;
            }

            if (reference.Parent is IInvocationOperation { TargetMethod.Name: "Add", Arguments: [var added] } add && add.Instance == reference)
            {
                if (EnclosingLoop(add) is not { } walk || walk == batch || WalkElement(walk) is not { } element
                    || !References(added.Value, element) || !IsGuardedByMembership(add, walk, batch))
                {
                    return false;
                }

                adds++;
            }
            else if (reference.Parent is IInvocationOperation { TargetMethod.Name: not ("Add" or "GetEnumerator") } other && other.Instance == reference
                && other.TargetMethod.Name is "Insert" or "AddRange" or "Clear" or "RemoveAt" or "Remove" or "InsertRange")
            {
                return false;
            }
        }

        return adds > 0;
    }
}
