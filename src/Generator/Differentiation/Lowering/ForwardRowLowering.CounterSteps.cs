// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Linq;
using LayerGen.Analyzers;
using LayerGen.Differentiation.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// A counting loop whose counter is stepped by a statement of its body (a <c>while</c>, a <c>do</c>-<c>while</c>, a
/// <c>for</c> without incrementors), wherever in the body that statement is:
/// <c>do { partial += term; k++; term *= a / k; } while (k &lt; n);</c> runs exactly as
/// <c>for (k = 0; k &lt; n; k++) { partial += term; term *= a / (k + 1); }</c> (at least once), so it is lowered as that
/// canonical counted loop, the statements after the step reading the counter through a local holding its new value.
/// The step must run exactly once per pass: a step under a condition, in a nested loop, inside an expression, a second
/// step or a <c>continue</c> that skips it is reported at that construct (the trip count is then not known on entry).
/// </summary>
internal sealed partial class ForwardRowLowering
{
    /// <summary>The statement of a loop body that steps its counter: its position in the body and the constant step.</summary>
    private sealed record CounterStep(int Index, int Amount);

    /// <summary>Whether <paramref name="body"/> assigns <paramref name="counter"/> anywhere (the loop counts with it).</summary>
    private static bool Steps(IReadOnlyList<IOperation> body, ILocalSymbol counter) => CounterWrites(body, counter).Any();

    private static IEnumerable<IOperation> CounterWrites(IReadOnlyList<IOperation> body, ILocalSymbol counter) =>
        body.SelectMany(s => s.DescendantsAndSelf()).Where(o => SymbolEqualityComparer.Default.Equals(AssignedLocal(o), counter));

    /// <summary>
    /// The one statement of <paramref name="body"/> that steps <paramref name="counter"/> by a constant, when the body
    /// changes it nowhere else and no <c>continue</c> skips it; else null, with the construct that breaks the count reported.
    /// </summary>
    private CounterStep? FindCounterStep(IReadOnlyList<IOperation> body, ILocalSymbol counter, ILoopOperation loop, string header)
    {
        List<IOperation> writes = CounterWrites(body, counter).ToList();
        int[] own = Enumerable.Range(0, body.Count).Where(i => ConstantStep(body[i], counter) is not null).ToArray();
        string guidance = "a counting loop steps its counter exactly once per pass, by a statement of its body such as '" + counter.Name +
            "++;' or '" + counter.Name + " += 2;' (before or after the statements that read it); " + Supported.Loops;
        if (own.Length == 1 && writes.Count == 1)
        {
            IOperation? skip = body.Take(own[0]).SelectMany(s => s.DescendantsAndSelf())
                .FirstOrDefault(o => o is IBranchOperation branch && SymbolEqualityComparer.Default.Equals(branch.Target, loop.ContinueLabel));
            if (skip is null)
            {
                return new CounterStep(own[0], ConstantStep(body[own[0]], counter)!.Value);
            }

            Report(RuleIdentifiers.UnsupportedLoop, skip, "'" + Text(skip.Syntax) + "' before the counter step '" + Text(body[own[0]].Syntax) +
                "' of the loop '" + header + "', which skips the step on that pass", guidance);
            return null;
        }

        // The first write that is not the counted step: a second step, or one the count cannot see.
        IOperation? stepStatement = own.Length > 0 ? body[own[0]] : null;
        IOperation culprit = writes.FirstOrDefault(w => stepStatement is null || !IsStatementOf(w, stepStatement)) ?? writes[0];
        IOperation holder = StatementOfBody(culprit, body) ?? culprit;
        string reason = stepStatement is not null
            ? "a second step of '" + counter.Name + "' in one pass, after '" + Text(stepStatement.Syntax) + "'"
            : IsStatementOf(culprit, holder)
                ? "a counter step by no constant"
                : holder is IExpressionStatementOperation or IVariableDeclarationGroupOperation
                    ? "a counter step inside the statement '" + Text(holder.Syntax) + "' (write it as a statement of its own)"
                    : "a counter step under a condition or in a nested loop, which does not run exactly once per pass";
        Report(RuleIdentifiers.UnsupportedLoop, culprit, "'" + Text(culprit.Syntax) + "' in the loop '" + header + "', " + reason, guidance);
        return null;
    }

    /// <summary>
    /// Lowers a counting loop's body around its step: the statements before it, then (when the rest reads the counter) a
    /// local holding the counter's new value, which the statements after the step read instead of the counter.
    /// </summary>
    private void LowerBodyAroundStep(List<IOperation> body, CounterStep step, ILocalSymbol counter, int counterId, ILabelSymbol continueLabel, List<Statement> output)
    {
        LowerLoopBody(body.Take(step.Index).ToList(), continueLabel, output);
        List<IOperation> after = body.Skip(step.Index + 1).ToList();
        if (after.Count == 0)
        {
            return;
        }

        if (after.Any(s => s.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Any(r => SymbolEqualityComparer.Default.Equals(r.Local, counter))))
        {
            int stepped = _intInfos.Count;
            _intInfos.Add((counter.Name, false));
            _loopVariables.Add(stepped);
            output.Add(new IntLet(Text(body[step.Index].Syntax) + " (the counter after its step)", stepped,
                new IntBinary(IntOperator.Add, new IntVariable(counterId), new IntConstant(step.Amount))));
            _intLocals[counter] = stepped;
        }

        LowerLoopBody(after, continueLabel, output);
        _intLocals[counter] = counterId;
    }

    /// <summary>The statement of <paramref name="body"/> that holds <paramref name="operation"/>.</summary>
    private static IOperation? StatementOfBody(IOperation operation, IReadOnlyList<IOperation> body)
    {
        for (IOperation? at = operation; at is not null; at = at.Parent)
        {
            if (body.Contains(at))
            {
                return at;
            }
        }

        return null;
    }

    private static bool IsStatementOf(IOperation operation, IOperation statement) => ReferenceEquals(operation, statement) || ReferenceEquals(operation, Unwrapped(statement));

    private static IOperation Unwrapped(IOperation statement) => statement is IExpressionStatementOperation { Operation: var operation } ? operation : statement;

    /// <summary>
    /// <c>int k = 0; double acc = 0; while (k &lt; n) { …; k++; }</c>: moves a counter's declaration down to directly
    /// before its counting while or do loop when the statements between neither mention the declared locals nor assign
    /// what their initialisers read (so the move changes nothing); true when it moved one.
    /// </summary>
    private static bool DeferredCounterDeclaration(List<IOperation> statements, int k)
    {
        if (statements[k] is not IVariableDeclarationGroupOperation { Declarations: [{ Declarators: var declarators }] } declaration)
        {
            return false;
        }

        var declared = new HashSet<ILocalSymbol>(declarators.Select(d => d.Symbol), SymbolEqualityComparer.Default);
        var read = new HashSet<ILocalSymbol>(declaration.Descendants().OfType<ILocalReferenceOperation>().Select(r => r.Local), SymbolEqualityComparer.Default);
        for (int j = k + 1; j < statements.Count; j++)
        {
            IOperation statement = statements[j];
            if (j > k + 1 && statement is IWhileLoopOperation { ConditionIsUntil: false, Body: { } body } loop &&
                ConvergingCounters(loop.Condition, [body]) is null && CountedDeclarator(declarators, loop.Condition, StatementsOf(body)) is not null)
            {
                statements.RemoveAt(k);
                statements.Insert(j - 1, declaration);
                return true;
            }

            IOperation[] inside = statement.DescendantsAndSelf().ToArray();
            if (inside.OfType<ILocalReferenceOperation>().Any(r => declared.Contains(r.Local)) ||
                inside.Any(o => AssignedLocal(o) is { } local && read.Contains(local)) ||
                inside.Any(o => o is IArgumentOperation { Parameter.RefKind: not RefKind.None } || o is IDeclarationExpressionOperation))
            {
                return false;
            }
        }

        return false;
    }
}
