// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System;
using LayerGen.Analyzers;
using Microsoft.CodeAnalysis;

namespace LayerGen.Validation;

/// <summary>LG1006: a generated member name already used by the class itself, a user member or an inherited member.</summary>
/// <remarks>
/// The analyzer sees the class together with its generated file, the generator without it; members declared in
/// LayerGen's own generated file are skipped so that both see the same members. Base classes that are layer classes
/// themselves are LG1005 before this check runs.
/// </remarks>
internal static class NameCollisionChecks
{
    public static void Check(LayerDeclaration declaration, ImmutableArray<ResolvedLayer> layers, List<LayerProblem> problems, CancellationToken cancellationToken) =>
        Check(declaration, GeneratedNames.For(layers), problems, cancellationToken);

    /// <summary>LG1006 for every name of <paramref name="generated"/> that the class, a member or an inherited member already uses.</summary>
    public static void Check(LayerDeclaration declaration, HashSet<string> generated, List<LayerProblem> problems, CancellationToken cancellationToken)
    {
        string typeName = declaration.TypeName;
        if (generated.Contains(typeName))
        {
            problems.Add(new LayerProblem(RuleIdentifiers.GeneratedNameCollision, declaration.TypeLocation, typeName, "the class name", typeName));
        }

        foreach (ISymbol member in declaration.Type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member.IsImplicitlyDeclared || !generated.Contains(member.Name) || IsGeneratedByLayerGen(member))
            {
                continue;
            }

            Location location = member.Locations.Length > 0 && member.Locations[0].IsInSource ? member.Locations[0] : declaration.TypeLocation;
            problems.Add(new LayerProblem(RuleIdentifiers.GeneratedNameCollision, location, member.Name, "the member '" + member.Name + "'", typeName));
        }

        for (INamedTypeSymbol? baseType = declaration.Type.BaseType; baseType is not null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
        {
            foreach (ISymbol member in baseType.GetMembers())
            {
                if (member.DeclaredAccessibility != Accessibility.Private && !member.IsImplicitlyDeclared && generated.Contains(member.Name))
                {
                    problems.Add(new LayerProblem(RuleIdentifiers.GeneratedNameCollision, declaration.TypeLocation, member.Name,
                        "the inherited member '" + baseType.Name + "." + member.Name + "'", typeName));
                }
            }
        }
    }

    /// <summary>True for members that LayerGen's own generated file declares (seen by the analyzer, never by the generator).</summary>
    public static bool IsGeneratedByLayerGen(ISymbol member)
    {
        if (member.DeclaringSyntaxReferences.Length == 0)
        {
            return false;
        }

        foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree.FilePath.IndexOf("LayerGen.Generator.LayerGenerator", StringComparison.Ordinal) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
