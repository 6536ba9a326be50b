using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Whether a fold of negated data (NegatedFolds.cs) walks the slice its exp walks: only then is <c>min(-x)</c> the
/// slice's <c>-max x</c>. The fold's walk is compared with the exp's own (the loops or LINQ source around the exp but not
/// the fold), never judged alone:
/// - a counted fold is paired with the exp's loops through the element it reads: the folded access must be the exp's
///   logit access with each fold index in the place of an exp index (<c>-x[r, k]</c> for <c>x[r, j]</c>); a constant or
///   another variable where the logit has its loop variable (<c>-d[0, j]</c> for <c>d[r, j]</c>) gives no pairing, hence
///   no verdict (review45 c31). A fold loop walks the same elements as its paired exp loop when start, step, bound and
///   guard (<c>if (keep[k])</c> against <c>keep[i] ? Math.Exp(…) : 0</c>) are the same with the indices renamed; a seed
///   that is the folded term at the skipped index (<c>m = -x[0]; for k from 1</c>) counts as index 0. It is whole when
///   both loops are whole (from 0 by 1 to the buffer's whole length or created size, unguarded), and partial only when
///   the exp's loop is whole and the fold's provably walks less (another constant start, a step above 1, a bound
///   visibly short, a guard, a <c>continue</c>/<c>break</c>); a <c>throw</c> or <c>return</c> filters nothing;
/// - a <c>foreach</c> or LINQ fold over a whole source (a variable, a row, <c>AsSpan()</c>) is whole; over a cut source
///   (<c>Skip(1)</c>, <c>Take(n)</c>, <c>Where</c>) it is whole when the exp walks the same source text
///   (<c>x.Skip(1).Select(v =&gt; Math.Exp(-v - m))</c>), partial when the exp's loop is whole, else unknown.
/// Anything else (a <c>while</c> loop, a lambda, a running fold, an exp loop of another shape) is unknown: main's
/// readings decide. Verdicts are memoised per (fold, exp).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How a fold of negated data walks the exp's slice.</summary>
    private enum SliceWalk
    {
        /// <summary>The walk is not read (a <c>while</c> loop, a lambda, a running fold, no pairing with the logit): no verdict.</summary>
        Unknown,

        /// <summary>Every element of the slice the exp walks.</summary>
        Whole,

        /// <summary>Provably part of it: the fold is no extreme of the slice.</summary>
        Partial,
    }

    /// <summary>Memo of <see cref="WalkOf"/> per (fold, exp), cleared with the other memos.</summary>
    private readonly Dictionary<(NegatedFold Fold, IOperation Exp), SliceWalk> _negatedFoldWalks = new();

    /// <summary>How every fold of <paramref name="fold"/> walks the slice <paramref name="exp"/> walks (see the type remarks), memoised.</summary>
    private SliceWalk WalkOf(NegatedFold fold, IOperation exp)
    {
        EnsureMemosCurrent();
        if (_negatedFoldWalks.TryGetValue((fold, exp), out var known))
        {
            return known;
        }

        known = ComputeWalk(fold, exp);
        _negatedFoldWalks[(fold, exp)] = known;
        return known;
    }

    private SliceWalk ComputeWalk(NegatedFold fold, IOperation exp)
    {
        var use = UseOf(exp);
        var roots = Eval(fold.Data).RawRoots;
        if (fold.LinqCall is not null)
        {
            return fold.LinqSource is { } source ? SourceWalk(source, exp, fold.LinqCall, roots) : SliceWalk.Unknown;
        }

        var walk = SliceWalk.Whole;
        foreach (var write in fold.Folds)
        {
            var ownLoops = EnclosingLoops(write).Where(loop => !Contains(loop, use)).ToList();
            var expLoops = EnclosingLoops(use).Where(loop => !Contains(loop, write)).ToList();
            if (ownLoops.Count == 0)
            {
                return SliceWalk.Unknown;
            }

            var loopWalk = ownLoops[0] is IForEachLoopOperation forEach
                ? ForEachFoldWalk(forEach, write, exp, expLoops, roots)
                : CountedFoldWalk(fold, write, exp, ownLoops, expLoops, roots);
            if (loopWalk == SliceWalk.Partial)
            {
                return SliceWalk.Partial;
            }

            if (loopWalk == SliceWalk.Unknown)
            {
                walk = SliceWalk.Unknown;
            }

            // Outer loops of a foreach fold (foreach row, foreach v in row): whole sources or whole counted walks.
            foreach (var outer in ownLoops.Skip(1).Where(_ => ownLoops[0] is IForEachLoopOperation))
            {
                if (UnpairedLoopWalk(outer, roots, expLoops) != SliceWalk.Whole)
                {
                    walk = SliceWalk.Unknown;
                }
            }
        }

        return walk;
    }

    /// <summary>A <c>foreach</c> fold: its source's walk against the exp's; a guarded fold is partial against a whole, unguarded exp loop.</summary>
    private SliceWalk ForEachFoldWalk(IForEachLoopOperation forEach, IOperation write, IOperation exp, List<IOperation> expLoops, IEnumerable<ISymbol> roots)
    {
        var guards = FoldGuards(write, forEach);
        if (guards is not { Count: 0 } || HasEarlyExit(forEach))
        {
            return IsWholeUnguardedLoop(expLoops.FirstOrDefault(), exp, roots) ? SliceWalk.Partial : SliceWalk.Unknown;
        }

        return SourceWalk(forEach.Collection, exp, forEach, roots);
    }

    /// <summary>
    /// A counted fold: each of its own <c>for</c> loops paired with the exp's loop whose index takes its index's place
    /// in the logit (<see cref="IndexPairing"/>); no pairing gives no verdict.
    /// </summary>
    private SliceWalk CountedFoldWalk(NegatedFold fold, IOperation write, IOperation exp, List<IOperation> ownLoops, List<IOperation> expLoops, IEnumerable<ISymbol> roots)
    {
        if (ownLoops[0] is not IForLoopOperation innermost)
        {
            return SliceWalk.Unknown;
        }

        if (IndexPairing(fold.Data, ownLoops, expLoops, exp) is not { } pairing)
        {
            return IsWholeBufferFold(fold, write, innermost, ownLoops, expLoops, roots) ? SliceWalk.Whole : SliceWalk.Unknown;
        }

        var walk = SliceWalk.Whole;
        foreach (var loop in ownLoops)
        {
            var loopWalk = SliceWalk.Unknown;
            if (loop is IForLoopOperation forLoop && LoopIndex(forLoop) is { } index && pairing.TryGetValue(index.Name, out var expIndex))
            {
                var paired = expLoops.OfType<IForLoopOperation>().FirstOrDefault(candidate => LoopIndex(candidate)?.Name == expIndex);
                loopWalk = paired is null ? SliceWalk.Unknown : PairedLoopWalk(fold, write, forLoop, index, paired, exp, pairing, roots);
            }
            else if (loop != ownLoops[0])
            {
                // An outer loop whose index the fold does not read: the same elements again, judged as a plain walk.
                loopWalk = UnpairedLoopWalk(loop, roots, expLoops);
            }

            if (loopWalk == SliceWalk.Partial)
            {
                return SliceWalk.Partial;
            }

            if (loopWalk == SliceWalk.Unknown)
            {
                walk = SliceWalk.Unknown;
            }
        }

        return walk;
    }

    /// <summary>One fold loop against the exp loop it is paired with (see the type remarks).</summary>
    private SliceWalk PairedLoopWalk(NegatedFold fold, IOperation write, IForLoopOperation loop, ILocalSymbol index, IForLoopOperation expLoop, IOperation exp,
        Dictionary<string, string> pairing, IEnumerable<ISymbol> roots)
    {
        var expIndex = LoopIndex(expLoop)!;
        var foldGuards = FoldGuards(write, loop);
        var expGuards = ExpGuards(exp, expLoop);
        var foldStart = CountedStart(loop, index) is 1 && IsSeededAtZero(fold, index) ? 0 : CountedStart(loop, index);
        var foldStep = StepOf(loop, index);
        var foldBound = LessThanBound(loop);
        var expBound = LessThanBound(expLoop);
        var foldExits = HasEarlyExit(loop);
        var expExits = HasEarlyExit(expLoop);

        // The same walk with the indices renamed: both loops visit the same elements (c11, c13, c09).
        if (foldStart is { } start && CountedStart(expLoop, expIndex) == start && foldStep is > 0 && StepOf(expLoop, expIndex) == foldStep
            && foldBound is not null && expBound is not null && AtomKey(foldBound) == AtomKey(expBound) && !foldExits && !expExits
            && foldGuards is not null && expGuards is not null && SameGuards(foldGuards, expGuards, pairing))
        {
            return SliceWalk.Whole;
        }

        var expWhole = IsWholeUnguardedLoop(expLoop, exp, roots);
        var foldWhole = foldStart is 0 && foldStep is 1 && foldBound is not null && IsWholeBound(foldBound, roots) && foldGuards is { Count: 0 } && !foldExits
            || IsWholeCountDown(loop, index, roots) && foldGuards is { Count: 0 } && !foldExits;
        if (foldWhole && expWhole)
        {
            return SliceWalk.Whole;
        }

        var foldPartial = foldStart is { } first && first != 0 || foldStep is > 1 || foldBound is not null && IsVisiblyShort(foldBound)
            || foldGuards is { Count: > 0 } || foldExits;
        return foldPartial && expWhole ? SliceWalk.Partial : SliceWalk.Unknown;
    }

    /// <summary>
    /// A fold over every element of a flat buffer (<c>for (k = 0; k &lt; rows * n; k++) m = Math.Min(m, -x[k])</c>)
    /// shifting an exp inside a row loop of its own: the fold is the whole batch's extreme, no slice's, and the
    /// reductions report it as one (LG0001). Only one plain loop, reading <c>x[k]</c> of the buffer variable itself (no
    /// row <c>d[0][k]</c>) by its own index, from 0 by 1 to a
    /// whole length, unguarded; the exp must sit in at least two loops the fold is not in.
    /// </summary>
    private bool IsWholeBufferFold(NegatedFold fold, IOperation write, IForLoopOperation loop, List<IOperation> ownLoops, List<IOperation> expLoops, IEnumerable<ISymbol> roots) =>
        ownLoops.Count == 1 && expLoops.Count >= 2 && LoopIndex(loop) is { } index && CountedStart(loop, index) is 0 && StepOf(loop, index) is 1
        && LessThanBound(loop) is { } bound && IsWholeBound(bound, roots) && FoldGuards(write, loop) is { Count: 0 } && !HasEarlyExit(loop)
        && Unwrap(fold.Data) is IArrayElementReferenceOperation { Indices.Length: 1 } element
        && Unwrap(element.ArrayReference) is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation
        && VariableOf(element.Indices[0]) is ILocalSymbol read
        && SymbolEqualityComparer.Default.Equals(read, index);

    /// <summary>
    /// Pairs the fold's own loop indices with the exp's: the folded access (<c>x[r * n + k]</c>) must read token for token
    /// like one of the exp's logit accesses (<c>x[r * n + j]</c>), each own index of the fold standing where an own
    /// index of the exp stands, one to one. Null when no logit of the exp reads the folded element this way.
    /// </summary>
    private Dictionary<string, string>? IndexPairing(IOperation data, List<IOperation> ownLoops, List<IOperation> expLoops, IOperation exp)
    {
        var foldIndices = new HashSet<string>(ownLoops.OfType<IForLoopOperation>().Select(LoopIndex).OfType<ILocalSymbol>().Select(index => index.Name));
        var expIndices = new HashSet<string>(expLoops.OfType<IForLoopOperation>().Select(LoopIndex).OfType<ILocalSymbol>().Select(index => index.Name));
        if (foldIndices.Count == 0 || expIndices.Count == 0 || exp is not IInvocationOperation call || ExpOperand(call) is not { } exponent)
        {
            return null;
        }

        var terms = new List<AdditiveTerm>();
        if (!CollectAdditiveTerms(exponent, negative: false, new List<string>(), terms, depth: 0))
        {
            return null;
        }

        var folded = (Unwrap(data) ?? data).Syntax.DescendantTokens().ToList();
        foreach (var term in terms)
        {
            var logit = (Unwrap(term.Atom) ?? term.Atom).Syntax.DescendantTokens().ToList();
            if (PairTokens(folded, logit, foldIndices, expIndices) is { } pairing)
            {
                return pairing;
            }
        }

        return null;
    }

    /// <summary>The one-to-one renaming of fold indices to exp indices under which <paramref name="folded"/> reads as <paramref name="logit"/>; null when none.</summary>
    private static Dictionary<string, string>? PairTokens(List<SyntaxToken> folded, List<SyntaxToken> logit, HashSet<string> foldIndices, HashSet<string> expIndices)
    {
        if (folded.Count != logit.Count || folded.Count == 0)
        {
            return null;
        }

        var pairing = new Dictionary<string, string>();
        for (var position = 0; position < folded.Count; position++)
        {
            var from = folded[position].ValueText;
            var to = logit[position].ValueText;
            if (foldIndices.Contains(from))
            {
                if (!expIndices.Contains(to) || pairing.TryGetValue(from, out var seen) && seen != to || !pairing.ContainsKey(from) && pairing.ContainsValue(to))
                {
                    return null;
                }

                pairing[from] = to;
            }
            else if (from != to || expIndices.Contains(to))
            {
                // A constant or another variable where the logit has its loop index (-d[0, j] for d[r, j]), or other text.
                return null;
            }
        }

        return pairing.Count > 0 ? pairing : null;
    }

    /// <summary>
    /// True when a seed of <paramref name="fold"/> is its folded term at index 0 (<c>m = -x[0]</c> before
    /// <c>for (k = 1; …) m = Math.Max(m, -x[k])</c>): the walk from 1 then covers index 0 too (review45 c01).
    /// </summary>
    private static bool IsSeededAtZero(NegatedFold fold, ILocalSymbol index)
    {
        var atIndexZero = string.Join(" ", (Unwrap(fold.Data) ?? fold.Data).Syntax.DescendantTokens().Select(token => token.ValueText == index.Name ? "0" : token.ValueText));
        return fold.Seeds.Any(seed => string.Join(" ", (Unwrap(seed) ?? seed).Syntax.DescendantTokens().Select(token => token.ValueText)) == atIndexZero);
    }

    /// <summary>
    /// The conditions a fold write is guarded by inside <paramref name="loop"/> (<c>if (keep[k])</c>), besides the fold's
    /// own comparison with the accumulator (<c>if (-x[k] &gt; m) m = -x[k];</c>); null for any other enclosing statement
    /// (an else branch, a switch), which the walk does not read.
    /// </summary>
    private static List<IOperation>? FoldGuards(IOperation write, IOperation loop)
    {
        var guards = new List<IOperation>();
        var target = write is IAssignmentOperation assignment ? assignment.Target : null;
        IOperation child = write;
        for (var current = write.Parent; current is not null && current != loop; child = current, current = current.Parent)
        {
            switch (current)
            {
                case IExpressionStatementOperation or IBlockOperation or ILoopOperation:
                    // Blocks, and the fold's own inner loops (walked on their own).
                    continue;
                case IConditionalOperation { WhenFalse: null } guard when guard.WhenTrue == child:
                    if (!(target is not null && IsAccumulatorComparison(guard.Condition, target)))
                    {
                        guards.Add(guard.Condition);
                    }

                    continue;
                default:
                    return null;
            }
        }

        return guards;
    }

    /// <summary><c>-x[k] &gt; m</c>, <c>m &lt; v</c>: one comparison with the accumulator, the fold's own test.</summary>
    private static bool IsAccumulatorComparison(IOperation condition, IOperation target) =>
        Unwrap(condition) is IBinaryOperation
        {
            OperatorKind: BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual,
        } comparison
        && (Unwrap(comparison.LeftOperand)?.Syntax.ToString() == target.Syntax.ToString() || Unwrap(comparison.RightOperand)?.Syntax.ToString() == target.Syntax.ToString());

    /// <summary>
    /// The conditions the exp is guarded by inside <paramref name="loop"/> (<c>keep[i] ? Math.Exp(…) : 0.0</c>,
    /// <c>if (keep[i]) …</c>); null when it sits in an else branch or a condition.
    /// </summary>
    private static List<IOperation>? ExpGuards(IOperation exp, IOperation loop)
    {
        var guards = new List<IOperation>();
        IOperation child = exp;
        for (var current = exp.Parent; current is not null && current != loop; child = current, current = current.Parent)
        {
            if (current is IConditionalOperation conditional)
            {
                if (conditional.WhenTrue != child)
                {
                    return null;
                }

                guards.Add(conditional.Condition);
            }
        }

        return guards;
    }

    /// <summary>True when both guard lists read the same, the fold's indices renamed to the exp's.</summary>
    private static bool SameGuards(List<IOperation> foldGuards, List<IOperation> expGuards, Dictionary<string, string> pairing) =>
        foldGuards.Count == expGuards.Count
        && foldGuards.Select(guard => Rendered(guard, pairing)).OrderBy(text => text, System.StringComparer.Ordinal)
            .SequenceEqual(expGuards.Select(guard => Rendered(guard, null)).OrderBy(text => text, System.StringComparer.Ordinal));

    /// <summary>The tokens of <paramref name="operation"/>, renamed by <paramref name="pairing"/> when given.</summary>
    private static string Rendered(IOperation operation, Dictionary<string, string>? pairing) =>
        string.Join(" ", operation.Syntax.DescendantTokens().Select(token => pairing is not null && pairing.TryGetValue(token.ValueText, out var renamed) ? renamed : token.ValueText));

    /// <summary>
    /// True when the loop body leaves some iteration early (<c>continue</c>, <c>break</c>, <c>goto</c>). A
    /// <c>throw</c> or <c>return</c> leaves the method: no exp runs after it, so it filters nothing (review45 c08).
    /// </summary>
    private static bool HasEarlyExit(ILoopOperation loop) => loop.Body.DescendantsAndSelf().Any(node => node is IBranchOperation);

    /// <summary>
    /// True when <paramref name="loop"/> (the exp's innermost own loop) visits every element of the buffers
    /// <paramref name="roots"/> with the exp unguarded: counted from 0 by 1 to a whole length, or a <c>foreach</c> over a
    /// whole source, without early exits.
    /// </summary>
    private bool IsWholeUnguardedLoop(IOperation? loop, IOperation exp, IEnumerable<ISymbol> roots)
    {
        if (loop is not ILoopOperation counted || HasEarlyExit(counted) || ExpGuards(exp, loop) is not { Count: 0 })
        {
            return false;
        }

        return loop switch
        {
            IForLoopOperation forLoop => LoopIndex(forLoop) is { } index && CountedStart(forLoop, index) is 0 && StepOf(forLoop, index) is 1
                && LessThanBound(forLoop) is { } bound && IsWholeBound(bound, roots),
            IForEachLoopOperation forEach => IsWholeSource(forEach.Collection),
            _ => false,
        };
    }

    /// <summary>A bound that is the whole length or the created size of one of <paramref name="roots"/>.</summary>
    private bool IsWholeBound(IOperation bound, IEnumerable<ISymbol> roots) => roots.Any(root => IsWholeLength(bound, root, depth: 0) || IsCreatedSize(root, bound));

    /// <summary><c>for (k = n - 1; k &gt;= 0; k--)</c> with n a whole length: every index, counted down.</summary>
    private bool IsWholeCountDown(IForLoopOperation loop, ILocalSymbol index, IEnumerable<ISymbol> roots) =>
        Unwrap(loop.Condition) is IBinaryOperation { OperatorKind: BinaryOperatorKind.GreaterThanOrEqual } condition && ConstantOf(condition.RightOperand) is 0
        && StepOf(loop, index) is -1 && StartDefinition(loop, index) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } last
        && ConstantOf(last.RightOperand) is 1 && Unwrap(last.LeftOperand) is { } length && IsWholeBound(length, roots);

    /// <summary>
    /// An own loop of the fold that no exp loop is paired with (an outer row loop of a <c>foreach</c> fold): whole when
    /// it counts from 0 by 1 to a whole length or to the bound of a loop around the exp, or walks a whole source.
    /// </summary>
    private SliceWalk UnpairedLoopWalk(IOperation loop, IEnumerable<ISymbol> roots, List<IOperation> expLoops)
    {
        switch (loop)
        {
            case IForEachLoopOperation forEach:
                return IsWholeSource(forEach.Collection) && !HasEarlyExit(forEach) ? SliceWalk.Whole : SliceWalk.Unknown;
            case IForLoopOperation forLoop when LoopIndex(forLoop) is { } index && CountedStart(forLoop, index) is 0 && StepOf(forLoop, index) is 1
                && !HasEarlyExit(forLoop) && LessThanBound(forLoop) is { } bound:
                var expBounds = expLoops.Select(ConditionBound).OfType<IOperation>().Select(AtomKey);
                return IsWholeBound(bound, roots) || expBounds.Contains(AtomKey(bound)) ? SliceWalk.Whole : SliceWalk.Unknown;
            default:
                return SliceWalk.Unknown;
        }
    }

    /// <summary>
    /// A LINQ or <c>foreach</c> fold's source against the exp's walk: whole for a whole source; for a cut one
    /// (<c>Skip</c>, <c>Take</c>, <c>Where</c>, …) whole when the exp walks the same source text, partial when the exp's
    /// loop is whole and unguarded; else unknown.
    /// </summary>
    private SliceWalk SourceWalk(IOperation source, IOperation exp, IOperation fold, IEnumerable<ISymbol> roots)
    {
        if (IsWholeSource(source))
        {
            return SliceWalk.Whole;
        }

        if (Unwrap(source) is not IInvocationOperation { TargetMethod.Name: "Take" or "Skip" or "Where" or "TakeWhile" or "SkipWhile" or "TakeLast" or "SkipLast" or "Distinct" })
        {
            return SliceWalk.Unknown;
        }

        var use = UseOf(exp);
        var expLoops = EnclosingLoops(use).Where(loop => !Contains(loop, fold)).ToList();
        var text = AtomKey(source);
        foreach (var loop in expLoops.Take(1))
        {
            var walked = loop switch
            {
                IForEachLoopOperation forEach => forEach.Collection,
                IAnonymousFunctionOperation lambda when IteratingCall(lambda) is { } call => call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null),
                _ => null,
            };
            if (walked is not null && AtomKey(walked) == text && ExpGuards(exp, loop) is { Count: 0 })
            {
                // x.Skip(1).Max(v => -v) with x.Skip(1).Select(v => Math.Exp(-v - m)): the same elements.
                return SliceWalk.Whole;
            }
        }

        return IsWholeUnguardedLoop(expLoops.FirstOrDefault(), exp, roots) ? SliceWalk.Partial : SliceWalk.Unknown;
    }

    /// <summary>The index of a counted loop: the variable its condition compares (<c>k</c> of <c>k &lt; n</c>, <c>k &gt;= 0</c>).</summary>
    private static ILocalSymbol? LoopIndex(IForLoopOperation loop) =>
        Unwrap(loop.Condition) is IBinaryOperation condition && VariableOf(condition.LeftOperand) is ILocalSymbol index ? index : null;

    /// <summary>The bound of <c>k &lt; bound</c>, unwrapped; null for any other condition.</summary>
    private static IOperation? LessThanBound(IForLoopOperation loop) =>
        Unwrap(loop.Condition) is IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan } condition ? Unwrap(condition.RightOperand) : null;

    /// <summary>A bound visibly short of a length: <c>n / 2</c>, <c>n - 1</c>, <c>n &gt;&gt; 1</c>.</summary>
    private static bool IsVisiblyShort(IOperation bound) =>
        bound is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide or BinaryOperatorKind.RightShift } quotient && ConstantOf(quotient.RightOperand) is > 1
        || bound is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference && ConstantOf(difference.RightOperand) is > 0;

    /// <summary>The value <paramref name="index"/> is declared or set to before <paramref name="loop"/> runs, unwrapped; null when none is seen.</summary>
    private static IOperation? StartDefinition(IForLoopOperation loop, ILocalSymbol index)
    {
        foreach (var node in loop.Before.SelectMany(before => before.DescendantsAndSelf()))
        {
            switch (node)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, index):
                    return Unwrap(declarator.Initializer?.Value);
                case ISimpleAssignmentOperation assignment when References(assignment.Target, index):
                    return Unwrap(assignment.Value);
            }
        }

        return null;
    }

    /// <summary>The constant <paramref name="index"/> starts at, null when it starts at no constant.</summary>
    private static double? CountedStart(IForLoopOperation loop, ILocalSymbol index) =>
        StartDefinition(loop, index) is { } start ? ConstantOf(start) : null;

    /// <summary>The loop's constant step of <paramref name="index"/> (<c>k++</c> 1, <c>k += 2</c> 2, <c>k--</c> −1), null when not one constant step.</summary>
    private static double? StepOf(IForLoopOperation loop, ILocalSymbol index)
    {
        if (loop.AtLoopBottom.Length != 1)
        {
            return null;
        }

        var step = loop.AtLoopBottom[0] is IExpressionStatementOperation statement ? statement.Operation : loop.AtLoopBottom[0];
        return step switch
        {
            IIncrementOrDecrementOperation { Kind: OperationKind.Increment } increment when References(increment.Target, index) => 1,
            IIncrementOrDecrementOperation { Kind: OperationKind.Decrement } decrement when References(decrement.Target, index) => -1,
            ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } add when References(add.Target, index) => ConstantOf(add.Value),
            ISimpleAssignmentOperation { Value: IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum } assignment
                when References(assignment.Target, index) && References(sum.LeftOperand, index) => ConstantOf(sum.RightOperand),
            _ => null,
        };
    }
}
