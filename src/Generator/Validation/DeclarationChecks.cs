// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using LayerGen.Analyzers;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis;

namespace LayerGen.Validation;

/// <summary>LG1007 (layer attributes over several partial declarations) and LG1008 (options without layers).</summary>
internal static class DeclarationChecks
{
    /// <summary>Adds LG1007 when the layer attributes sit on more than one partial declaration (their order is then not defined).</summary>
    public static void CheckSingleDeclaration(LayerDeclaration declaration, List<LayerProblem> problems, CancellationToken cancellationToken)
    {
        var declarations = new List<SyntaxNode>();
        foreach (LayerAttribute layer in declaration.Layers)
        {
            // Attribute → attribute list → the type declaration carrying it.
            SyntaxNode? owner = layer.Data.ApplicationSyntaxReference?.GetSyntax(cancellationToken).Parent?.Parent;
            if (owner is not null && !declarations.Contains(owner))
            {
                declarations.Add(owner);
            }
        }

        if (declarations.Count > 1)
        {
            Location location = declarations[1] is TypeDeclarationSyntax second ? second.Identifier.GetLocation() : declaration.TypeLocation;
            problems.Add(new LayerProblem(RuleIdentifiers.LayersSplitAcrossDeclarations, location,
                declaration.TypeName, declarations.Count.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Adds LG1008 when <paramref name="declaration"/> has <c>[LayerOptions]</c> but no layer attribute.</summary>
    public static void CheckOptionsHaveLayers(LayerDeclaration declaration, List<LayerProblem> problems)
    {
        if (declaration.Layers.Length == 0 && declaration.Options is { } options)
        {
            problems.Add(new LayerProblem(RuleIdentifiers.OptionsWithoutLayers, options.Location, declaration.TypeName));
        }
    }
}
