using System;
using System.Collections.Generic;
using System.Linq;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Rules;

/// <summary>
/// LG0008 (suggestion): a softmax whose maximum, sum and division all span the same whole buffer — every dimension of
/// a 2-D, jagged, 3-D or flat-walked-as-2-D buffer. That is internally consistent (one distribution over every cell),
/// so LG0001/LG0002 stay silent on it; whether the rows are samples the analyzer cannot know, so it only suggests the
/// per-row repair. Reported at the sum's folds, like LG0002.
/// </summary>
internal sealed class WholeBufferSoftmaxRule : SoftmaxRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticDescriptors.WholeBufferSoftmax;

    public override IEnumerable<Diagnostic> Find(SoftmaxModel model)
    {
        var reported = new HashSet<IOperation>();
        foreach (var site in model.Sites)
        {
            var axes = site.Axes(model.Classes);
            if (IsWholeBuffer(model, site, axes))
            {
                var variables = string.Join(", ", LoopVariables(model, site));
                foreach (var diagnostic in AtFolds(model, site.Sum, site, reported, BufferName(model, site, axes.Site, site.Sum.Name), variables, site.Sum.Name))
                {
                    yield return diagnostic;
                }
            }
        }
    }

    /// <summary>
    /// True when the site's maximum (every one, or none at all), its sum and its division reduce over exactly the same
    /// set of dimensions, that set has at least two dimensions and covers every dimension of the buffers it indexes,
    /// and nothing is read mid-way or from another slice. Anything less consistent stays LG0001/LG0002/LG0004.
    /// </summary>
    public static bool IsWholeBuffer(SoftmaxModel model, SoftmaxSite site, SiteAxes axes)
    {
        if (!axes.SumCoversBatch || !axes.Sum.SetEquals(axes.Site) || site.Sum.IsPartial || axes.SumStale.Overlaps(axes.Site))
        {
            return false;
        }

        foreach (var (max, axis, stale) in axes.Maxima)
        {
            if (!axis.SetEquals(axes.Sum) || stale.Overlaps(axes.Site) || max.IsPartial || model.ExtentsDiffer(max, site.Sum))
            {
                return false;
            }
        }

        return CoversEveryDimension(model, site.SiteAtoms, axes.Site);
    }

    /// <summary>
    /// Every dimension of every buffer the division indexes is in the site: all positions of a <c>T[,]</c>, all
    /// levels of a jagged array, every stride a flat buffer is walked with in the method. A softmax over one 2-D slice
    /// of a 3-D tensor (<c>x[b, i, j]</c> with a fixed <c>b</c>) is not a whole buffer.
    /// </summary>
    private static bool CoversEveryDimension(SoftmaxModel model, IEnumerable<DimensionAtom> siteAtoms, HashSet<DimensionAtom> site)
    {
        foreach (var root in siteAtoms.Select(atom => atom.Root).Distinct(SymbolEqualityComparer.Default))
        {
            var atoms = siteAtoms.Where(atom => SymbolEqualityComparer.Default.Equals(atom.Root, root)).ToList();
            var all = new List<DimensionAtom>();
            if (atoms.Any(atom => atom.Key.StartsWith("r", StringComparison.Ordinal)) && TypeOf(root) is IArrayTypeSymbol { Rank: > 1 } rectangular)
            {
                all.AddRange(Enumerable.Range(0, rectangular.Rank).Select(position => DimensionAtom.Rank(root!, position)));
            }
            else if (atoms.Any(atom => atom.Key.StartsWith("d", StringComparison.Ordinal)))
            {
                all.AddRange(Enumerable.Range(0, JaggedDepth(TypeOf(root))).Select(depth => DimensionAtom.Depth(root!, depth)));
            }
            else if (atoms.Any(atom => atom.IsWhole || atom.Key.StartsWith("s:", StringComparison.Ordinal)))
            {
                all.Add(DimensionAtom.Whole(root!));
            }

            if (!model.Classes.Classes(all).IsSubsetOf(site))
            {
                return false;
            }
        }

        return true;
    }

    private static ITypeSymbol? TypeOf(ISymbol? symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    /// <summary>Levels of nested buffers (<c>T[][]</c> is 2, <c>List&lt;T[]&gt;</c> is 2); 0 when unknown.</summary>
    private static int JaggedDepth(ITypeSymbol? type)
    {
        var depth = 0;
        while (type is not null && WellKnownSymbols.IsBuffer(type))
        {
            depth++;
            type = type switch
            {
                IArrayTypeSymbol array => array.ElementType,
                INamedTypeSymbol { TypeArguments.Length: 1 } named => named.TypeArguments[0],
                _ => null,
            };
        }

        return depth;
    }

    /// <summary>The names of the loop variables the division runs over, outermost first (for the message).</summary>
    private static IEnumerable<string> LoopVariables(SoftmaxModel model, SoftmaxSite site)
    {
        var divided = site.Division switch
        {
            ICompoundAssignmentOperation compound => compound.Target,
            IBinaryOperation binary => binary.LeftOperand,
            _ => site.Division,
        };
        var loops = model.DimsOf(divided).Keys.ToList();
        var names = new List<(int Start, string Name)>();
        foreach (var loop in loops)
        {
            if (LoopVariable(loop) is { } name)
            {
                names.Add((loop.Syntax.SpanStart, name));
            }
        }

        return names.Count > 0 ? names.OrderBy(entry => entry.Start).Select(entry => entry.Name).Distinct() : new[] { "every index" };
    }

    private static string? LoopVariable(IOperation loop) => loop switch
    {
        IForEachLoopOperation forEach => forEach.Locals.FirstOrDefault()?.Name,
        IForLoopOperation { Locals.Length: > 0 } forLoop => forLoop.Locals[0].Name,
        IForLoopOperation forLoop => forLoop.AtLoopBottom.SelectMany(step => step.DescendantsAndSelf()).OfType<ILocalReferenceOperation>().FirstOrDefault()?.Local.Name,
        IAnonymousFunctionOperation lambda => lambda.Symbol.Parameters.FirstOrDefault()?.Name,
        _ => null,
    };
}
