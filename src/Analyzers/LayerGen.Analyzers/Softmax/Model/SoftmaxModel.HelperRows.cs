using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A row of data computed by a helper afresh at every call (branch rowhelpers): <c>double[] logits = Logits(q, set);</c>
/// in the walk over the seeds, with <c>Logits</c> a method of this type or of another file, a local function or a lambda
/// in a delegate local, that returns a buffer it allocates (<c>new double[n]</c> filled, <c>….ToArray()</c>) and reaches
/// no exp (<see cref="ExpReach"/>). Such a local is allocated afresh in the iteration that calls the helper, as
/// <c>var logits = new double[n]</c> filled inline is (FreshBuffers.cs), and is filled from the data the call is given:
/// the elements of its buffer arguments with the loops that picked them (<c>q</c> of this seed), and for an integer
/// argument naming a loop's position (<c>LogitsAt(s)</c>) that loop. So a sum of its exps carried across the seeds
/// folds every seed's row (LG0002), and its own max is this seed's. A helper handing out a buffer it keeps (a field) is
/// no fresh row.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True for a call of a user helper returning a fresh one-dimensional buffer of data (see the type remarks).</summary>
    private bool IsFreshHelperRow(IOperation? value) =>
        Unwrap(value) is IInvocationOperation call
        && call.Type is IArrayTypeSymbol { Rank: 1 } or INamedTypeSymbol { Name: "List" } && WellKnownSymbols.IsNumericRow(call.Type)
        && IsUserHelperCall(call) && HelperDeclaration(call) is { } declaration && ReturnsFreshBuffer(declaration)
        && !MayReachExp(call);

    /// <summary>The dimensions the loops around <paramref name="call"/> pick in what a fresh helper row is computed from.</summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> HelperRowDims(IInvocationOperation call)
    {
        var dims = BufferArgumentsData(call)?.Dims ?? StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
        foreach (var argument in call.Arguments)
        {
            if (argument.Value.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 && argument.Parameter is { } parameter)
            {
                // LogitsAt(s): the row of position s, whatever the helper indexes with it.
                foreach (var loop in Linear(argument.Value).Terms.Keys)
                {
                    dims = ValueFacts.MergeDims(dims, ValueFacts.DimsOf(loop, new[] { DimensionAtom.Whole(parameter) }));
                }
            }
        }

        return dims;
    }

    /// <summary>The declaration of the helper a call runs: the lambda of a delegate local, a local function, or a method of the project.</summary>
    private SyntaxNode? HelperDeclaration(IInvocationOperation call) =>
        InvokedLambda(call)?.Syntax
        ?? (call.TargetMethod.OriginalDefinition.DeclaringSyntaxReferences is [var reference] ? reference.GetSyntax(_cancellationToken) : null);

    /// <summary>
    /// True when every value the declared helper returns is a buffer it allocates: <c>new T[n]</c>, a collection
    /// expression, <c>new List&lt;T&gt;()</c>, <c>….ToArray()</c>/<c>ToList()</c>, or a local initialised with one and
    /// never assigned again. Read from syntax, so a helper of another file is read alike.
    /// </summary>
    private static bool ReturnsFreshBuffer(SyntaxNode declaration)
    {
        switch (ExpHelperSyntax.BodyOf(declaration))
        {
            case ExpressionSyntax expression:
                return IsFreshSyntax(expression);
            case BlockSyntax block:
                var returns = block.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                    .OfType<ReturnStatementSyntax>().ToList();
                return returns.Count > 0 && returns.All(ret => ret.Expression is { } returned && (IsFreshSyntax(returned) || IsFreshLocal(returned, block)));
            default:
                return false;
        }
    }

    private static bool IsFreshSyntax(ExpressionSyntax expression) => ExpHelperSyntax.Unparenthesised(expression) switch
    {
        ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or CollectionExpressionSyntax => true,
        ObjectCreationExpressionSyntax { Type: var type } => type is GenericNameSyntax { Identifier.ValueText: "List" },
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToArray" or "ToList" } } => true,
        _ => false,
    };

    /// <summary><c>return z;</c> of <c>var z = new double[n];</c> declared in the body and never assigned again.</summary>
    private static bool IsFreshLocal(ExpressionSyntax returned, BlockSyntax body)
    {
        if (ExpHelperSyntax.Unparenthesised(returned) is not IdentifierNameSyntax { Identifier.ValueText: var name })
        {
            return false;
        }

        var declarators = body.DescendantNodes().OfType<VariableDeclaratorSyntax>().Where(declarator => declarator.Identifier.ValueText == name).ToList();
        return declarators is [{ Initializer.Value: var initial }] && IsFreshSyntax(initial)
            && !body.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(assignment => ExpHelperSyntax.Unparenthesised(assignment.Left) is IdentifierNameSyntax { Identifier.ValueText: var target } && target == name);
    }
}
