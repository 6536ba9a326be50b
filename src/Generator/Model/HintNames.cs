using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace LayerGen.Generator.Model;

/// <summary>
/// Hint names of the generated files. The compiler compares hint names ignoring case (CS8785 on a clash), while C#
/// names differ by case (<c>Probs</c> and <c>PROBS</c>) and a nested class can share its dotted name with a namespace.
/// </summary>
internal static class HintNames
{
    /// <summary>
    /// One file per class, in ordinal order of <see cref="ClassIdentity.MetadataName"/>. A class's hint name is its
    /// qualified name; classes whose qualified names are equal ignoring case get a suffix computed from their exact
    /// metadata name, so each hint name depends only on the class itself and on which classes clash, never on order.
    /// </summary>
    public static EquatableArray<GeneratedFile> Assign(ImmutableArray<LayerClassModel> models)
    {
        // A class arrives once (from the pipeline of its first layer); duplicates only come from broken code (CS0101).
        List<LayerClassModel> unique = models
            .GroupBy(model => model.Identity.MetadataName, StringComparer.Ordinal)
            .Select(group => group.First())
            .OrderBy(model => model.Identity.MetadataName, StringComparer.Ordinal)
            .ToList();

        var clashing = new HashSet<string>(
            unique.GroupBy(model => model.Identity.QualifiedName, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1).Select(group => group.Key),
            StringComparer.OrdinalIgnoreCase);

        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var files = ImmutableArray.CreateBuilder<GeneratedFile>(unique.Count);
        foreach (LayerClassModel model in unique)
        {
            string stem = model.Identity.QualifiedName;
            if (clashing.Contains(stem))
            {
                stem += "." + Fnv1a.Hash(model.Identity.MetadataName).ToString("x8", CultureInfo.InvariantCulture);
            }

            // A 32-bit hash clash between two names that differ only in case is vanishingly rare, but never crash on it.
            string hint = stem + ".g.cs";
            for (int extra = 2; !used.Add(hint); extra++)
            {
                hint = stem + "." + extra.ToString(CultureInfo.InvariantCulture) + ".g.cs";
            }

            files.Add(new GeneratedFile(hint, model));
        }

        return new EquatableArray<GeneratedFile>(files.MoveToImmutable());
    }
}
