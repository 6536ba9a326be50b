// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// Statement lists left early, lowered without jumps: a loop body's <c>continue</c>, a switch section's <c>break</c>,
/// ForwardRow's own <c>return;</c> and a helper's <c>return v</c>. Whatever holds an exit is split at it, however it is
/// nested: a block is spliced into its list; <c>if (c) { A } else { B } rest</c> becomes
/// <c>if (c) { A; rest } else { B; rest }</c>, each copy lowered again, so an exit anywhere in A or B ends its own copy
/// of the list (<c>if (c) { …; continue; } rest</c> is <c>if (c) { … } else { rest }</c>); a switch whose sections leave
/// the list is an if/else-if chain whose sections go on with the rest after their <c>break</c>. An exit then is an
/// ordinary branch, whose gradient is the derivative of what it wrote. An exit inside a construct that cannot be split
/// (a loop) is reported where it is.
/// </summary>
internal sealed partial class ForwardRowLowering
{
    /// <summary>A way out of a statement list and what it does before the list ends (assign a helper's result, run what follows a switch).</summary>
    private sealed record ListExit(Func<IOperation, bool> Leaves, Action<IOperation, List<Statement>>? Then = null);

    /// <summary>ForwardRow's own <c>return;</c>: the rest of the row does not run.</summary>
    private static readonly ListExit RowReturn = new(operation => operation is IReturnOperation { ReturnedValue: null });

    /// <summary>A <c>continue</c> or <c>break</c> to <paramref name="target"/> (a loop's continue label, a switch's exit label).</summary>
    private static ListExit BranchExit(ILabelSymbol target, Action<IOperation, List<Statement>>? then = null) =>
        new(operation => operation is IBranchOperation branch && SymbolEqualityComparer.Default.Equals(branch.Target, target), then);

    /// <summary>Lowers a loop body, each <c>continue</c> of <paramref name="continueLabel"/> ending the body's list.</summary>
    private void LowerLoopBody(IOperation body, ILabelSymbol continueLabel, List<Statement> output) =>
        LowerLoopBody(StatementsOf(body), continueLabel, output);

    private void LowerLoopBody(List<IOperation> statements, ILabelSymbol continueLabel, List<Statement> output) =>
        LowerStatements(statements, output, [BranchExit(continueLabel)]);

    /// <summary>
    /// Lowers a statement list that <paramref name="exits"/> may leave early (none: a plain list). Every statement list
    /// (ForwardRow's, a loop body's, a helper's, a switch section's) goes through here, so all of them take the same forms.
    /// </summary>
    private void LowerStatements(IEnumerable<IOperation> operations, List<Statement> output, ImmutableArray<ListExit> exits = default)
    {
        exits = exits.IsDefault ? ImmutableArray<ListExit>.Empty : exits;
        List<IOperation> statements = operations.ToList();
        for (int k = 0; k < statements.Count; k++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            while (DeferredCounterDeclaration(statements, k))
            {
            }

            IOperation statement = statements[k];
            if (ExitTaken(statement, exits) is { } exit)
            {
                exit.Then?.Invoke(statement, output);
                return; // what follows is unreachable
            }

            if (!ContainsExit(statement, exits))
            {
                int from = output.Count;
                if (!TryLowerCountingWhileAt(statements, ref k, output))
                {
                    LowerStatement(statement, output);
                }

                RecordOrigins(output, from, statements[k]);
                continue;
            }

            List<IOperation> rest = statements.Skip(k + 1).ToList();
            switch (statement)
            {
                case IBlockOperation block:
                    LowerStatements([.. block.Operations, .. rest], output, exits);
                    return;
                case IConditionalOperation { IsRef: false } conditional:
                    LowerSplitIf(conditional, rest, exits, output);
                    return;
                case ISwitchOperation switchStatement:
                    LowerInContext(output, null, allowsAfter: false,
                        produced => LowerSwitch(switchStatement, produced, exits, (_, after) => LowerStatements(rest, after, exits)));
                    return;
                default:
                    LowerStatement(statement, output); // the exit sits in a loop or another construct: reported there
                    break;
            }
        }
    }

    /// <summary><c>if (c) { A } else { B } rest</c> as <c>if (c) { A; rest } else { B; rest }</c>, the branch that leaves lowered first.</summary>
    private void LowerSplitIf(IConditionalOperation conditional, List<IOperation> rest, ImmutableArray<ListExit> exits, List<Statement> output)
    {
        string header = Header(conditional.Syntax, conditional.WhenTrue);
        bool falseFirst = EndsInExit(conditional.WhenFalse, exits) && !EndsInExit(conditional.WhenTrue, exits);
        LowerInContext(output, null, allowsAfter: false, produced =>
        {
            Condition? condition = Condition(conditional.Condition);
            var whenTrue = new List<Statement>();
            var whenFalse = new List<Statement>();
            foreach (bool branch in falseFirst ? new[] { false, true } : new[] { true, false })
            {
                LowerStatements([.. StatementsOf(branch ? conditional.WhenTrue : conditional.WhenFalse), .. rest], branch ? whenTrue : whenFalse, exits);
            }

            if (condition is not null)
            {
                produced.Add(new IfStatement(header, condition, new(whenTrue.ToImmutableArray()), new(whenFalse.ToImmutableArray())));
            }
        });
    }

    /// <summary>Remembers which statement of the user's each lowered statement from <paramref name="from"/> on came from (for a diagnostic about it).</summary>
    private void RecordOrigins(List<Statement> output, int from, IOperation origin)
    {
        for (int i = from; i < output.Count; i++)
        {
            if (!_origins.ContainsKey(output[i]))
            {
                _origins.Add(output[i], origin.Syntax);
            }
        }
    }

    private static ListExit? ExitTaken(IOperation statement, ImmutableArray<ListExit> exits) =>
        exits.FirstOrDefault(exit => exit.Leaves(statement));

    /// <summary>Whether an exit of <paramref name="exits"/> is inside <paramref name="operation"/> (not inside a local function or lambda it declares).</summary>
    private static bool ContainsExit(IOperation operation, ImmutableArray<ListExit> exits)
    {
        if (exits.IsEmpty || operation is ILocalFunctionOperation or IAnonymousFunctionOperation)
        {
            return false;
        }

        return ExitTaken(operation, exits) is not null || operation.ChildOperations.Any(child => ContainsExit(child, exits));
    }

    /// <summary>Whether the last statement of <paramref name="branch"/> (through blocks) is an exit.</summary>
    private static bool EndsInExit(IOperation? branch, ImmutableArray<ListExit> exits) => branch switch
    {
        null => false,
        IBlockOperation { Operations: { Length: > 0 } operations } => EndsInExit(operations[operations.Length - 1], exits),
        _ => ExitTaken(branch, exits) is not null,
    };

    private static List<IOperation> StatementsOf(IOperation? branch) => branch switch
    {
        null => [],
        IBlockOperation block => block.Operations.ToList(),
        _ => [branch],
    };
}
