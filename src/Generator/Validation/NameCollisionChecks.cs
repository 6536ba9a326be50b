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
    private const string Rename = "rename it";

    public static void Check(LayerDeclaration declaration, ImmutableArray<ResolvedLayer> layers, List<LayerProblem> problems, CancellationToken cancellationToken) =>
        Check(declaration, GeneratedNames.For(layers), problems, cancellationToken);

    /// <summary>
    /// LG1006 for every name of <paramref name="generated"/> that the class, a member or an inherited member already uses.
    /// A name in <paramref name="constants"/> (a generated <c>const int</c> and its value) that the class declares as a
    /// <c>const int</c> of the same value is no collision: LayerGen uses the user's constant
    /// (<see cref="ReusedConstants"/>); one of another value is reported with both values.
    /// </summary>
    public static void Check(LayerDeclaration declaration, HashSet<string> generated, List<LayerProblem> problems, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, int>? constants = null)
    {
        string typeName = declaration.TypeName;
        if (generated.Contains(typeName))
        {
            problems.Add(new LayerProblem(RuleIdentifiers.GeneratedNameCollision, declaration.TypeLocation, typeName, "the class name", typeName, Rename));
        }

        foreach (ISymbol member in declaration.Type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member.IsImplicitlyDeclared || !generated.Contains(member.Name) || IsGeneratedByLayerGen(member))
            {
                continue;
            }

            Location location = member.Locations.Length > 0 && member.Locations[0].IsInSource ? member.Locations[0] : declaration.TypeLocation;
            if (constants is not null && constants.TryGetValue(member.Name, out int value) && IntConstant(member) is { } declared)
            {
                if (declared != value)
                {
                    string values = Format(declared) + " but the layer's " + member.Name + " is " + Format(value);
                    problems.Add(new LayerProblem(RuleIdentifiers.GeneratedNameCollision, location, member.Name,
                        "the constant '" + member.Name + "' = " + values, typeName,
                        "set it to " + Format(value) + " (LayerGen then uses your constant) or rename it"));
                }

                continue;
            }

            problems.Add(new LayerProblem(RuleIdentifiers.GeneratedNameCollision, location, member.Name, "the member '" + member.Name + "'", typeName, Rename));
        }

        for (INamedTypeSymbol? baseType = declaration.Type.BaseType; baseType is not null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
        {
            foreach (ISymbol member in baseType.GetMembers())
            {
                if (member.DeclaredAccessibility != Accessibility.Private && !member.IsImplicitlyDeclared && generated.Contains(member.Name))
                {
                    problems.Add(new LayerProblem(RuleIdentifiers.GeneratedNameCollision, declaration.TypeLocation, member.Name,
                        "the inherited member '" + baseType.Name + "." + member.Name + "'", typeName, Rename));
                }
            }
        }
    }

    /// <summary>
    /// Names of <paramref name="constants"/> that <paramref name="type"/> declares itself as a <c>const int</c> of the same
    /// value, in ordinal order: LayerGen emits no constant of its own for them.
    /// </summary>
    public static ImmutableArray<string> ReusedConstants(INamedTypeSymbol type, IReadOnlyDictionary<string, int> constants)
    {
        var reused = new List<string>();
        foreach (KeyValuePair<string, int> constant in constants)
        {
            foreach (ISymbol member in type.GetMembers(constant.Key))
            {
                if (!IsGeneratedByLayerGen(member) && IntConstant(member) == constant.Value)
                {
                    reused.Add(constant.Key);
                }
            }
        }

        reused.Sort(StringComparer.Ordinal);
        return reused.ToImmutableArray();
    }

    /// <summary>
    /// True when <paramref name="type"/> itself (its name), one of its own members or a non-private inherited member uses
    /// <paramref name="name"/>; members LayerGen generated are not counted.
    /// </summary>
    public static bool IsTaken(INamedTypeSymbol type, string name)
    {
        if (type.Name == name)
        {
            return true;
        }

        foreach (ISymbol member in type.GetMembers(name))
        {
            if (!member.IsImplicitlyDeclared && !IsGeneratedByLayerGen(member))
            {
                return true;
            }
        }

        for (INamedTypeSymbol? baseType = type.BaseType; baseType is not null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
        {
            foreach (ISymbol member in baseType.GetMembers(name))
            {
                if (member.DeclaredAccessibility != Accessibility.Private && !member.IsImplicitlyDeclared)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int? IntConstant(ISymbol member) =>
        member is IFieldSymbol { IsConst: true, Type.SpecialType: SpecialType.System_Int32, ConstantValue: int value } ? value : null;

    private static string Format(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
