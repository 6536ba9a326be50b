// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// Early-return guards: in ForwardRow's own statement list (outside loops and helpers), <c>if (c) { …; return; } rest</c>
/// is <c>if (c) { … } else { rest }</c> (and the mirror for an else branch that returns). The returning branch is then an
/// ordinary branch: its gradient is the derivative of what it writes (<c>y.Clear()</c> sends nothing back). Guards nest:
/// each branch and each rest is again a row-level list.
/// </summary>
internal sealed partial class ForwardRowLowering
{
    /// <summary>Lowers <paramref name="guard"/> with the statements <paramref name="after"/> it; false (nothing lowered) when neither branch ends in <c>return;</c>.</summary>
    private bool TryLowerGuard(IConditionalOperation guard, IEnumerable<IOperation> after, List<Statement> output)
    {
        bool trueReturns = EndsWithBareReturn(guard.WhenTrue), falseReturns = EndsWithBareReturn(guard.WhenFalse);
        if (guard.IsRef || (!trueReturns && !falseReturns))
        {
            return false;
        }

        List<IOperation> rest = after.ToList();
        string header = Header(guard.Syntax, guard.WhenTrue);
        LowerInContext(output, null, allowsAfter: false, produced =>
        {
            Condition? condition = Condition(guard.Condition);
            EquatableArray<Statement> whenTrue = LowerRowBranch(guard.WhenTrue, trueReturns, rest);
            EquatableArray<Statement> whenFalse = LowerRowBranch(guard.WhenFalse, falseReturns, rest);
            if (condition is not null)
            {
                produced.Add(new IfStatement(header, condition, whenTrue, whenFalse));
            }
        });

        return true;
    }

    /// <summary>A branch without its final <c>return;</c>, or followed by the rest of the row when it does not return.</summary>
    private EquatableArray<Statement> LowerRowBranch(IOperation? branch, bool returns, List<IOperation> rest)
    {
        List<IOperation> statements = StatementsOf(branch);
        if (returns)
        {
            statements.RemoveAt(statements.Count - 1);
        }
        else
        {
            statements.AddRange(rest);
        }

        var lowered = new List<Statement>();
        LowerStatements(statements, lowered, returnEndsRow: true);
        return new EquatableArray<Statement>(lowered.ToImmutableArray());
    }

    private static bool EndsWithBareReturn(IOperation? branch) => branch switch
    {
        IBlockOperation { Operations: [.., IReturnOperation { ReturnedValue: null }] } => true,
        IReturnOperation { ReturnedValue: null } => true,
        _ => false,
    };
}
