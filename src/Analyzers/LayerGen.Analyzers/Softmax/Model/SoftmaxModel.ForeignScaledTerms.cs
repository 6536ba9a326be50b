using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The terms of an exponent that got their sign from a scale read from other data (ScaledShiftFactors.cs), with that
/// factor: <c>-beta[j] * (g[i, j] - gMin)</c> gives <c>gMin</c> its positive sign through <c>beta[j]</c>. Two questions
/// read it. Which buffer is the softmax's data: the factor's (<c>beta</c>, <c>cfg</c>) is not, so a message names the
/// logits (<see cref="ScaleFactorRoots"/>). Does the factor vary along the softmax axis: then it is no scale of the
/// shift (<see cref="IsScaledAlongSumAxis"/>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Term → the foreign scale factors it was collected beneath (filled by <see cref="CollectForeignScaledTerms"/>, deterministic, so repeated walks add nothing).</summary>
    private readonly Dictionary<IOperation, List<IOperation>> _foreignScaledTerms = new();

    /// <summary>Exp → the roots its foreign scale factors read (memo of <see cref="ScaleFactorRoots"/>).</summary>
    private readonly Dictionary<IOperation, ImmutableHashSet<ISymbol>> _scaleFactorRoots = new();

    /// <summary>
    /// Collects the terms of <paramref name="scaled"/> with <paramref name="sign"/> (as <see cref="CollectSignedTerms"/>)
    /// and records that each got its sign through <paramref name="factor"/>.
    /// </summary>
    private void CollectForeignScaledTerms(IOperation scaled, bool? sign, IOperation factor, List<(IOperation Term, bool? Positive)> terms, int depth)
    {
        var first = terms.Count;
        CollectSignedTerms(scaled, sign, terms, depth);
        for (var k = first; k < terms.Count; k++)
        {
            if (!_foreignScaledTerms.TryGetValue(terms[k].Term, out var factors))
            {
                factors = new List<IOperation>();
                _foreignScaledTerms[terms[k].Term] = factors;
            }

            if (!factors.Contains(factor))
            {
                factors.Add(factor);
            }
        }
    }

    /// <summary>
    /// True when <paramref name="term"/> got its sign through a foreign factor that reads a dimension of the sum's axis
    /// <paramref name="sumAtoms"/>: <c>exp(-w[c, l] * (e[c, l] - eMin))</c> normalised over <c>l</c>. Such a factor is no
    /// positive scale of the shift: exp(w·(x − m)) = exp(w·x)·exp(−w·m) subtracts a different amount from every
    /// element, so the extreme no longer cancels in the normalisation (it is not a shifted softmax of anything), and a
    /// weight per element has no sign convention a temperature has (with one w &lt; 0 neither extreme bounds the
    /// exponent). The minimum behind it is then of unknown sign, as before any factor was read.
    /// </summary>
    private bool IsScaledAlongSumAxis(IOperation term, ImmutableHashSet<DimensionAtom>? sumAtoms)
    {
        if (sumAtoms is not { Count: > 0 } || !_foreignScaledTerms.TryGetValue(term, out var factors))
        {
            return false;
        }

        var sumClasses = Classes.Classes(sumAtoms);
        return factors.Any(factor => Classes.Classes(Eval(factor).Dims.Values.SelectMany(atoms => atoms)).Overlaps(sumClasses));
    }

    /// <summary>
    /// The roots the foreign scale factors of <paramref name="exp"/>'s exponent read (<c>beta</c> of <c>beta[j]</c>,
    /// <c>cfg</c> of <c>cfg.Beta</c>): a message naming the softmax's data skips them. Empty when there are none.
    /// </summary>
    public ImmutableHashSet<ISymbol> ScaleFactorRoots(IOperation exp)
    {
        if (_scaleFactorRoots.TryGetValue(exp, out var known))
        {
            return known;
        }

        var roots = ImmutableHashSet.Create<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var (term, _) in SignedTerms(exp))
        {
            if (_foreignScaledTerms.TryGetValue(term, out var factors))
            {
                foreach (var factor in factors)
                {
                    roots = roots.Union(Eval(factor).RawRoots).Union(ReadRootsOf(factor));
                }
            }
        }

        _scaleFactorRoots[exp] = roots;
        return roots;
    }

    /// <summary>The symbols of the arrays, pointers and members <paramref name="factor"/> reads (<c>beta</c>, <c>cfg</c>, <c>pT</c>), a bounded walk of its few operations.</summary>
    private static IEnumerable<ISymbol> ReadRootsOf(IOperation factor) =>
        factor.DescendantsAndSelf().Take(MaxScaleFactorOperations).Select(operation => operation switch
        {
            IParameterReferenceOperation parameter => parameter.Parameter,
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => (ISymbol)property.Property,
            _ => null,
        }).OfType<ISymbol>();

    private const int MaxScaleFactorOperations = 64;
}
