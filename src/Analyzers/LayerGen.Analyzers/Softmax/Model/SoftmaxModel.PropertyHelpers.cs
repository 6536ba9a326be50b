using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Property and indexer getters of the user's types are helpers like methods: <c>double shift = logits.Max;</c> with
/// <c>public double Max { get { … for (i …) if (_values[i] &gt; m) m = _values[i]; return m; } }</c>. The getter is
/// summarised once (<see cref="HelperSummary"/>, as a method would be) and the max it returns applies at the read.
/// A fold over every element of a storage member of the instance (<c>_values</c>, all of <c>_data[,]</c>'s ranks)
/// folds every dimension of the instance the caller reads (<c>logits[r, c]</c>: both); a fold over part of a member
/// (one row of it) or over an indexer's arguments is not translated, so such a max is never seen narrower than it is.
/// Read on <c>this</c> (or static), the member's own dimensions stay, as for a same-type helper method.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary><c>m.Max</c>, <c>stats[k]</c>: a value a getter computes, a call, or the key of a <c>MaxBy</c>'s element; null for anything else.</summary>
    private WholeReductionInfo? ReadReduction(IOperation? value) => Unwrap(value) switch
    {
        IInvocationOperation call => WholeReduction(call),
        // winner.Score of winner = x.MaxBy(c => c.Score): x.Max(c => c.Score) (KeyedExtremums.cs).
        IFieldReferenceOperation or IPropertyReferenceOperation when KeyedExtremumOfMember(value!) is { } extremum => WholeReduction(extremum),
        IPropertyReferenceOperation property => GetterReduction(property),
        // a.Sum() + b.Sum() of rows r and r + 1: one sum over both rows (PairedSlices.cs).
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add => PairedSliceSums(add),
        _ => null,
    };

    /// <summary>The max a property (or indexer) getter of a user type returns, in the caller's dimensions.</summary>
    private WholeReductionInfo? GetterReduction(IPropertyReferenceOperation read)
    {
        if (!FollowsHelpers || !_hasExp || read.Property.GetMethod?.OriginalDefinition is not { } getter || !MayFold(getter)
            || Symbols.HelperSummaries.GetOrAdd(getter, _summaryLevel + 1, () => BuildHelperSummary(getter)) is not { Returned: { Kind: ReductionKind.Max, StaleAtoms.Count: 0 } returned })
        {
            return null;
        }

        var instance = read.Instance is null || Unwrap(read.Instance) is IInstanceReferenceOperation ? null : read.Instance;
        var atoms = ImmutableHashSet<DimensionAtom>.Empty;
        var fixedDims = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
        var readsReceiver = false;
        foreach (var member in returned.Atoms.GroupBy(atom => atom.Root, SymbolEqualityComparer.Default))
        {
            if (member.Key is IParameterSymbol parameter)
            {
                // flat.Highest of an extension block: the getter folds the block's receiver, the read folds flat (ExtensionMembers.cs).
                if (instance is null || !IsExtensionReceiver(parameter, getter))
                {
                    return null;
                }

                foreach (var atom in member)
                {
                    if (TranslateArgumentAtom(atom, parameter, instance, call: null, callee: null, ref fixedDims) is not { } translated)
                    {
                        return null;
                    }

                    atoms = atoms.Add(translated);
                }

                readsReceiver = true;
                continue;
            }

            if (instance is null || member.Key is not IFieldSymbol { IsStatic: false } field
                || !SymbolEqualityComparer.Default.Equals(field.ContainingType.OriginalDefinition, getter.ContainingType.OriginalDefinition))
            {
                atoms = atoms.Union(member);
                continue;
            }

            if (RootView(field, field.Type)?.IteratedAtoms(all: true) is not { Count: > 0 } every || !every.IsSubsetOf(member)
                || EvalView(instance) is not { Root: not null } view)
            {
                return null;
            }

            atoms = atoms.Union(view.IteratedAtoms(all: true));
            fixedDims = ValueFacts.MergeDims(fixedDims, view.FixedDims);
        }

        foreach (var atom in atoms)
        {
            Classes.Add(atom);
        }

        if (readsReceiver)
        {
            // The read picks what the getter folds: a finding about the fold is the read's (CallerLocationOf).
            foreach (var fold in returned.Folds)
            {
                RecordHelperCall(_helperFoldCalls, fold, read);
            }
        }

        return new WholeReductionInfo(ReductionKind.Max, atoms, ValueFacts.Empty, fixedDims, returned.Folds);
    }

    /// <summary>A getter declared with a body in this file, not overridable, that loops or calls something: it may fold.</summary>
    private bool MayFold(IMethodSymbol getter) =>
        !getter.IsAbstract && !getter.IsVirtual && !getter.IsOverride && !getter.IsExtern
        && getter.DeclaringSyntaxReferences.Length == 1 && IsInSource(getter.DeclaringSyntaxReferences[0].SyntaxTree)
        && getter.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken).DescendantNodes().Any(node =>
            node is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax or InvocationExpressionSyntax);
}
