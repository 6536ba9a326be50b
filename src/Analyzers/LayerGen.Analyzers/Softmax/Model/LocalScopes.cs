using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The local names whose scope includes a statement: locals and local functions declared anywhere in an enclosing
/// block (a C# local's scope is its whole block), expression variables that leak from a statement into its block
/// (<c>out var</c>, patterns), loop, <c>using</c>, <c>catch</c> and lambda variables of enclosing statements, and the
/// method's parameters. A local declared in a block nested at the statement must not reuse one of them (CS0136);
/// names declared in sibling scopes may be reused.
/// </summary>
internal static class LocalScopes
{
    public static HashSet<string> NamesInScopeAt(SyntaxNode statement)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var ancestor in statement.Ancestors())
        {
            switch (ancestor)
            {
                case BlockSyntax block:
                    foreach (var child in block.Statements)
                    {
                        AddBlockLevelNames(child, names);
                    }

                    break;
                case SwitchSectionSyntax section:
                    foreach (var child in section.Statements)
                    {
                        AddBlockLevelNames(child, names);
                    }

                    break;
                case ForStatementSyntax loop:
                    AddAll(loop.Declaration?.Variables.Select(variable => variable.Identifier.ValueText), names);
                    AddDesignations(loop.Initializers.Cast<SyntaxNode>().Concat(loop.Incrementors).Concat(loop.Condition is null ? Enumerable.Empty<SyntaxNode>() : new[] { loop.Condition }), names);
                    break;
                case ForEachStatementSyntax forEach:
                    names.Add(forEach.Identifier.ValueText);
                    break;
                case ForEachVariableStatementSyntax forEachVariable:
                    AddDesignations(new[] { forEachVariable.Variable }, names);
                    break;
                case UsingStatementSyntax { Declaration: { } declaration }:
                    AddAll(declaration.Variables.Select(variable => variable.Identifier.ValueText), names);
                    break;
                case FixedStatementSyntax { Declaration: var declaration }:
                    AddAll(declaration.Variables.Select(variable => variable.Identifier.ValueText), names);
                    break;
                case CatchClauseSyntax { Declaration.Identifier.RawKind: not 0 } caught:
                    names.Add(caught.Declaration!.Identifier.ValueText);
                    break;
                case WhileStatementSyntax loop:
                    AddDesignations(new[] { loop.Condition }, names);
                    break;
                case SimpleLambdaExpressionSyntax lambda:
                    names.Add(lambda.Parameter.Identifier.ValueText);
                    break;
                case ParenthesizedLambdaExpressionSyntax lambda:
                    AddAll(lambda.ParameterList.Parameters.Select(parameter => parameter.Identifier.ValueText), names);
                    break;
                case AnonymousMethodExpressionSyntax { ParameterList: { } parameters }:
                    AddAll(parameters.Parameters.Select(parameter => parameter.Identifier.ValueText), names);
                    break;
                case LocalFunctionStatementSyntax function:
                    AddAll(function.ParameterList.Parameters.Select(parameter => parameter.Identifier.ValueText), names);
                    break;
                case BaseMethodDeclarationSyntax method:
                    AddAll(method.ParameterList.Parameters.Select(parameter => parameter.Identifier.ValueText), names);
                    return names;
                case AccessorDeclarationSyntax:
                    names.Add("value");
                    AddAll((ancestor.Parent?.Parent as IndexerDeclarationSyntax)?.ParameterList.Parameters.Select(parameter => parameter.Identifier.ValueText), names);
                    return names;
            }
        }

        return names;
    }

    /// <summary>Names a statement declares into its enclosing block.</summary>
    private static void AddBlockLevelNames(StatementSyntax statement, HashSet<string> names)
    {
        switch (statement)
        {
            case LabeledStatementSyntax labeled:
                AddBlockLevelNames(labeled.Statement, names);
                break;
            case LocalDeclarationStatementSyntax local:
                AddAll(local.Declaration.Variables.Select(variable => variable.Identifier.ValueText), names);
                AddDesignations(local.Declaration.Variables.Select(variable => variable.Initializer).OfType<SyntaxNode>(), names);
                break;
            case LocalFunctionStatementSyntax function:
                names.Add(function.Identifier.ValueText);
                break;
            case ExpressionStatementSyntax expression:
                AddDesignations(new[] { expression.Expression }, names);
                break;
            case ReturnStatementSyntax { Expression: { } returned }:
                AddDesignations(new[] { returned }, names);
                break;
            case ThrowStatementSyntax { Expression: { } thrown }:
                AddDesignations(new[] { thrown }, names);
                break;
            case IfStatementSyntax branch:
                AddDesignations(new[] { branch.Condition }, names);
                break;
            case SwitchStatementSyntax choice:
                AddDesignations(new[] { choice.Expression }, names);
                break;
        }
    }

    /// <summary><c>out var v</c>, <c>x is T v</c>, <c>var (a, b)</c> in the nodes, not inside lambdas.</summary>
    private static void AddDesignations(IEnumerable<SyntaxNode> nodes, HashSet<string> names)
    {
        foreach (var node in nodes)
        {
            foreach (var designation in node.DescendantNodesAndSelf(child => child is not AnonymousFunctionExpressionSyntax).OfType<SingleVariableDesignationSyntax>())
            {
                names.Add(designation.Identifier.ValueText);
            }
        }
    }

    private static void AddAll(IEnumerable<string>? values, HashSet<string> names)
    {
        foreach (var value in values ?? Enumerable.Empty<string>())
        {
            names.Add(value);
        }
    }
}
