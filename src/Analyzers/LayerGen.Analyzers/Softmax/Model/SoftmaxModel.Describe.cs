using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>A readable dump of the model, for model unit tests and for debugging a rule.</summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>One line per site: the division, and the site, sum and max axes as dimension classes.</summary>
    public string Describe()
    {
        var builder = new StringBuilder();
        foreach (var site in _sites)
        {
            var axes = site.Axes(Classes);
            builder.Append(site.IsLogSoftmax ? "log-softmax site " : "site ").Append(site.Division.Syntax.ToString().Replace("\n", " "))
                .Append(" | dims ").Append(Format(axes.Site))
                .Append(" | sum ").Append(site.Sum.Name).Append(' ').Append(Format(axes.Sum))
                .Append(site.Sum.IsPartial ? " partial" : string.Empty)
                .Append(axes.SumStale.Count > 0 ? " stale " + Format(axes.SumStale) : string.Empty);
            foreach (var (max, axis, stale) in axes.Maxima)
            {
                builder.Append(" | max ").Append(max.Name).Append(' ').Append(Format(axis))
                    .Append(max.IsPartial ? " partial" : string.Empty)
                    .Append(max.SignUnknown ? " sign unknown" : string.Empty)
                    .Append(stale.Count > 0 ? " stale " + Format(stale) : string.Empty);
            }

            builder.Append(" | exps ").Append(site.Exps.Length).Append('\n');
        }

        return builder.ToString();
    }

    private static string Format(IEnumerable<DimensionAtom> atoms) =>
        "{" + string.Join(",", atoms.Select(atom => atom.ToString()).OrderBy(text => text, System.StringComparer.Ordinal)) + "}";
}
