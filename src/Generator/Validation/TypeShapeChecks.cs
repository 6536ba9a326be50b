// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Threading;
using LayerGen.Analyzers;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;

namespace LayerGen.Validation;

/// <summary>LG1005 (a type the generator cannot extend) and LG1001 (not partial).</summary>
internal static class TypeShapeChecks
{
    /// <summary>Adds LG1005 or LG1001 problems for <paramref name="declaration"/>'s type.</summary>
    public static void Check(LayerDeclaration declaration, List<LayerProblem> problems, CancellationToken cancellationToken)
    {
        INamedTypeSymbol type = declaration.Type;
        if (UnsupportedReason(type) is { } reason)
        {
            problems.Add(new LayerProblem(RuleIdentifiers.UnsupportedLayerType, declaration.TypeLocation, declaration.TypeName, reason));
            return;
        }

        if (!IsPartial(type, cancellationToken))
        {
            problems.Add(new LayerProblem(RuleIdentifiers.LayerClassNotPartial, declaration.TypeLocation, declaration.TypeName, "it is"));
        }

        for (INamedTypeSymbol? container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            if (!IsPartial(container, cancellationToken))
            {
                problems.Add(new LayerProblem(RuleIdentifiers.LayerClassNotPartial, declaration.TypeLocation, declaration.TypeName,
                    "its containing type '" + container.Name + "' is"));
            }
        }
    }

    /// <summary>Why layer attributes cannot go on <paramref name="type"/> ("a struct", "static", …), or <see langword="null"/>.</summary>
    private static string? UnsupportedReason(INamedTypeSymbol type)
    {
        string? reason = type switch
        {
            { TypeKind: TypeKind.Struct, IsRecord: true } => "a record struct",
            { TypeKind: TypeKind.Struct } => "a struct",
            { TypeKind: TypeKind.Interface } => "an interface",
            { TypeKind: TypeKind.Enum } => "an enum",
            { TypeKind: TypeKind.Delegate } => "a delegate",
            { TypeKind: not TypeKind.Class } => "not a class",
            { IsRecord: true } => "a record",
            { IsStatic: true } => "static",
            { TypeParameters.Length: > 0 } => "generic",
            { IsFileLocal: true } => "file-local",
            _ => null,
        };
        if (reason is not null)
        {
            return reason;
        }

        // The generated partial declaration repeats the containing types; it cannot repeat a generic or a file-local one.
        for (INamedTypeSymbol? container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            if (container.TypeParameters.Length > 0)
            {
                return "nested in the generic type '" + Display(container) + "'";
            }

            if (container.IsFileLocal)
            {
                return "nested in the file-local type '" + Display(container) + "'";
            }
        }

        // Both classes would get the same generated members (Forward, Inputs, …): the derived ones would hide the base's.
        for (INamedTypeSymbol? baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (LayerAttributeReader.HasLayerAttributes(baseType))
            {
                return "derived from the layer class '" + Display(baseType) + "'";
            }
        }

        return null;
    }

    private static string Display(INamedTypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
                && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return true;
            }
        }

        return false;
    }
}
