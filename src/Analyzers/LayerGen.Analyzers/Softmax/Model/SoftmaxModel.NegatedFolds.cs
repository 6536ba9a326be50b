using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Folds over negated data (softmin spellings): a fold of <c>-x</c> is the negated opposite extreme of <c>x</c>,
/// <c>min(-x) = -max x</c>, <c>max(-c·d) = -c·min d</c> for a coefficient c the additive normal form reads
/// (AdditiveTerms.cs). Recognised: a loop fold into a local, a field or a per-row slot (<c>m = Math.Max(m, -d[k])</c>,
/// <c>if (-d[k] &gt; m) m = -d[k]</c>, the ternary, over a <c>foreach</c> variable too) whose every fold folds one
/// negated data term with the same coefficient and whose every start is a sentinel of its direction (±∞,
/// <c>MinValue</c>/<c>MaxValue</c>, a magnitude of a million or more) or such a negated term; and one LINQ call
/// (<c>d.Max(v =&gt; -v)</c>, <c>Enumerable.Max(d, v =&gt; -v)</c>, <c>d.Select(v =&gt; -v).Max()</c>); it counts as a
/// shift only over the whole source (no <c>Take</c>, <c>Skip</c> or <c>Where</c> in between, NegatedFoldWalks.cs). A fold started at a finite constant stops there
/// (<c>max(0, -d)</c> is no <c>-min d</c> for d ≫ 0) and is not read this way. Whether the fold walks the exp's whole
/// slice and still describes its data is asked per exp (NegatedFoldWalks.cs, NegatedFoldRewrites.cs).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// One fold over negated data: <see cref="Kind"/> is the extreme of the data it stands for negated (Max for
    /// <c>min(-x)</c>), <see cref="Coefficient"/> the data term's coefficient key (as <see cref="AdditiveTerm.Coefficient"/>),
    /// <see cref="Folds"/> the fold writes (or the LINQ call), <see cref="Data"/> one folded data read (its roots are the
    /// buffers checked for rewrites).
    /// </summary>
    private sealed class NegatedFold
    {
        public NegatedFold(ReductionKind kind, string coefficient, ImmutableArray<IOperation> folds, IOperation data, IInvocationOperation? linqCall, bool startsAtSentinels,
            IOperation? linqSource = null, ImmutableArray<IOperation> starts = default, bool startsAtAFiniteConstant = false, ImmutableArray<IOperation> seeds = default)
        {
            Starts = starts.IsDefault ? ImmutableArray<IOperation>.Empty : starts;
            StartsAtAFiniteConstant = startsAtAFiniteConstant;
            Seeds = seeds.IsDefault ? ImmutableArray<IOperation>.Empty : seeds;
            LinqSource = linqSource;
            StartsAtSentinels = startsAtSentinels;
            Kind = kind;
            Coefficient = coefficient;
            Folds = folds;
            Data = data;
            LinqCall = linqCall;
        }

        public ReductionKind Kind { get; }

        public string Coefficient { get; }

        public ImmutableArray<IOperation> Folds { get; }

        public IOperation Data { get; }

        /// <summary>
        /// True when every start is a sentinel of the fold's direction or a folded term (a LINQ fold always): false for
        /// <c>m = 0; m = Math.Max(m, -d[k])</c>, which stops at 0 and is no <c>-min d</c>.
        /// </summary>
        public bool StartsAtSentinels { get; }

        /// <summary>
        /// The writes of the accumulator that are no fold (<c>double m = double.NegativeInfinity;</c>, <c>m = -x[0];</c>):
        /// each restarts the fold, so a path through one no longer carries an earlier fold's value (NegatedFoldRewrites.cs).
        /// </summary>
        public ImmutableArray<IOperation> Starts { get; }

        /// <summary>
        /// True when some start is a known finite constant the fold may stop at (<c>m = 0</c>, <c>m = -5</c>): then it is
        /// provably no extreme of the data. A start that is no C# constant (<c>static readonly double Lowest</c>) is not one.
        /// </summary>
        public bool StartsAtAFiniteConstant { get; }

        /// <summary>The data atoms of starts that are a folded term themselves (<c>m = -x[0]</c>: <c>x[0]</c>), read as walked elements.</summary>
        public ImmutableArray<IOperation> Seeds { get; }

        /// <summary>The sequence a LINQ fold walks (<c>d</c>, <c>d.Take(n - 1)</c>), null for a loop fold.</summary>
        public IOperation? LinqSource { get; }

        /// <summary>The LINQ call that folds, null for a loop fold.</summary>
        public IInvocationOperation? LinqCall { get; }
    }

    /// <summary>Memo of <see cref="NegatedFoldShape"/> per accumulator symbol (or per inline call), cleared with the other memos.</summary>
    private readonly Dictionary<object, NegatedFold?> _negatedFoldShapes = new();

    /// <summary>Memo of <see cref="NegatedFoldAt"/> per (atom, exp), cleared with the other memos.</summary>
    private readonly Dictionary<(IOperation Atom, IOperation Exp), NegatedFold?> _negatedFoldsAtExps = new();

    /// <summary>
    /// The fold of negated data <paramref name="atom"/> reads, when it walks the whole slice <paramref name="exp"/> walks
    /// and its data is not rewritten between the fold and the exp; null otherwise (then main's readings decide).
    /// </summary>
    private NegatedFold? NegatedFoldAt(IOperation atom, IOperation exp)
    {
        var read = Unwrap(atom);
        if (read is null || read is not (ILocalReferenceOperation or IFieldReferenceOperation or IArrayElementReferenceOperation or IInvocationOperation))
        {
            return null;
        }

        EnsureMemosCurrent();
        if (_negatedFoldsAtExps.TryGetValue((read, exp), out var known))
        {
            return known;
        }

        known = NegatedFoldShape(read) is { StartsAtSentinels: true } fold && WalkOf(fold, exp) == SliceWalk.Whole && !IsRewrittenAfterFold(fold, exp) ? fold : null;
        _negatedFoldsAtExps[(read, exp)] = known;
        return known;
    }

    /// <summary>
    /// True when <paramref name="atom"/> reads a fold of negated data that is provably no shift of <paramref name="exp"/>:
    /// started at a finite constant, walking part of the slice, over data rewritten before the exp, or a whole fold of
    /// the logits' data whose sign does not cancel them (NegatedFoldShifts.cs). A walk the model cannot read, or a fold
    /// not matched with the logits, gives no verdict.
    /// </summary>
    private bool IsNegatedFoldNoShift(IOperation atom, IOperation exp)
    {
        if (Unwrap(atom) is not { } read || read is not (ILocalReferenceOperation or IFieldReferenceOperation or IArrayElementReferenceOperation or IInvocationOperation)
            || NegatedFoldShape(read) is not { } fold)
        {
            return false;
        }

        if (!fold.StartsAtSentinels)
        {
            // m = 0: the fold stops at 0, no extreme of the data. A start the model cannot read (a static readonly
            // sentinel, a parameter) gives no verdict: main's reading stands (review45 c44).
            return fold.StartsAtAFiniteConstant;
        }

        return WalkOf(fold, exp) switch
        {
            SliceWalk.Partial => true,
            SliceWalk.Unknown => false,
            _ => IsRewrittenAfterFold(fold, exp) || IsMismatchedNegatedFold(exp),
        };
    }

    /// <summary>
    /// True when <paramref name="atom"/> reads a fold of negated data by its shape alone: a minimum of <c>-x</c> is
    /// <c>-max x</c> over whatever it walks, so it is never a positive minimum bounding <c>-x</c> (MinimumShifts.cs).
    /// </summary>
    private bool IsNegatedFoldShape(IOperation atom) =>
        Unwrap(atom) is { } read && read is ILocalReferenceOperation or IFieldReferenceOperation or IArrayElementReferenceOperation or IInvocationOperation
        && NegatedFoldShape(read) is not null;

    /// <summary>The fold of negated data <paramref name="read"/> stands for, by its shape alone (memoised).</summary>
    private NegatedFold? NegatedFoldShape(IOperation read)
    {
        object key = read switch
        {
            IInvocationOperation call => call,
            IArrayElementReferenceOperation element => (object?)RootOf(element) ?? element,
            _ => (object?)VariableOf(read) ?? read,
        };
        if (_negatedFoldShapes.TryGetValue(key, out var known))
        {
            return known;
        }

        _negatedFoldShapes[key] = null;
        known = ComputeNegatedFoldShape(read);
        _negatedFoldShapes[key] = known;
        return known;
    }

    private NegatedFold? ComputeNegatedFoldShape(IOperation read)
    {
        switch (read)
        {
            case IInvocationOperation inline:
                return NegatedLinqFold(inline);
            case ILocalReferenceOperation { Local: var local } when WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation
                && Unwrap(writes[0].Value) is IInvocationOperation call:
                return NegatedLinqFold(call);
            case ILocalReferenceOperation { Local: var local }:
                return NegatedLoopFold(local, WritesOf(local).Select(write => (write.Operation, write.Value)).ToList());
            case IFieldReferenceOperation { Field: var field }:
                return NegatedLoopFold(field, WritesOf(field).Select(write => (write.Operation, write.Value)).ToList());
            case IArrayElementReferenceOperation element when RootOf(element) is { } slots && slots is ILocalSymbol or IFieldSymbol:
                // top[r] = Math.Max(top[r], -d[r, j]): a per-row slot; which slot each row reads is the reductions' business.
                return NegatedLoopFold(slots, ElementWritesInto(slots).Select(write => (write.Operation, write.Value)).ToList());
            default:
                return null;
        }
    }

    /// <summary><c>d.Max(v =&gt; -v)</c>, <c>Enumerable.Min(x, v =&gt; -2 * v)</c>, <c>d.Select(v =&gt; -v).Max()</c>, over any source (how much it walks is <see cref="WalkOf"/>'s).</summary>
    private NegatedFold? NegatedLinqFold(IInvocationOperation call)
    {
        var kind = Symbols.IsEnumerable(call.TargetMethod, "Min") ? ReductionKind.Min
            : Symbols.IsEnumerable(call.TargetMethod, "Max") ? ReductionKind.Max
            : (ReductionKind?)null;
        if (kind is null || call.Arguments.Length is not (1 or 2))
        {
            return null;
        }

        IOperation? source;
        IOperation? selector;
        if (call.Arguments.Length == 2)
        {
            source = call.Arguments[0].Value;
            selector = call.Arguments[1].Value;
        }
        else if (Unwrap(call.Arguments[0].Value) is IInvocationOperation { Arguments.Length: 2 } select && Symbols.IsEnumerable(select.TargetMethod, "Select"))
        {
            source = select.Arguments[0].Value;
            selector = select.Arguments[1].Value;
        }
        else
        {
            return null;
        }

        if (source is null || LambdaAt(selector) is not { Symbol.Parameters.Length: 1 } lambda
            || lambda.Body.Operations.Length != 1 || lambda.Body.Operations[0] is not IReturnOperation { ReturnedValue: { } folded }
            || NegatedDataTerm(folded) is not { } term || !Mentions(term.Atom, lambda.Symbol.Parameters[0].Name))
        {
            // x.Max(v => -x[0]): no element of the source is folded.
            return null;
        }

        return new NegatedFold(Opposite(kind.Value), term.Coefficient, ImmutableArray.Create<IOperation>(call), term.Atom, call, startsAtSentinels: true, source);
    }

    /// <summary>
    /// A source a LINQ fold or a <c>foreach</c> walks whole: a variable, a field, a row (<c>x[r]</c>), or its
    /// <c>AsSpan()</c>; a <c>Take</c>, <c>Skip</c>, <c>Where</c> or any other call in between walks part of it.
    /// </summary>
    private static bool IsWholeSource(IOperation? source) =>
        Unwrap(source) switch
        {
            ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false } => true,
            IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } => true,
            IInvocationOperation { TargetMethod.Name: "AsSpan", Arguments.Length: 1 } asSpan => IsWholeSource(asSpan.Arguments[0].Value),
            _ => false,
        };

    /// <summary>
    /// A loop fold of negated data into <paramref name="accumulator"/>: every fold the same direction and the same
    /// negated term's coefficient, every start a sentinel of that direction or a negated term of the same coefficient.
    /// </summary>
    private NegatedFold? NegatedLoopFold(ISymbol accumulator, List<(IOperation Operation, IOperation? Value)> writes)
    {
        ReductionKind? kind = null;
        string? key = null;
        IOperation? data = null;
        var folds = ImmutableArray.CreateBuilder<IOperation>();
        var starts = new List<IOperation?>();
        var startOperations = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var (operation, value) in writes)
        {
            if (Accumulation(accumulator, operation, value) is not { } fold)
            {
                starts.Add(value);
                startOperations.Add(operation);
                continue;
            }

            if (fold.Kind is not (ReductionKind.Max or ReductionKind.Min) || kind is { } seen && seen != fold.Kind
                || NegatedDataTerm(fold.Value) is not { } term || key is not null && key != term.Coefficient)
            {
                return null;
            }

            if (!ReadsItsLoopElement(operation, term.Atom))
            {
                // for (k…) m = Math.Min(m, -x[0]): the same element every step, no fold of the walk (review45 c32).
                return null;
            }

            kind = fold.Kind;
            key = term.Coefficient;
            data ??= term.Atom;
            folds.Add(operation);
        }

        if (kind is not { } folded || key is null || data is null || starts.Count == 0)
        {
            return null;
        }

        var sentinels = starts.All(start => IsSentinelStart(start, folded) || NegatedDataTerm(start)?.Coefficient == key);
        var finite = starts.Any(start => IsFiniteConstantStart(start, folded));
        var seeds = starts.Select(start => NegatedDataTerm(start) is { } seed && seed.Coefficient == key ? seed.Atom : null).OfType<IOperation>().ToImmutableArray();
        return new NegatedFold(Opposite(folded), key, folds.ToImmutable(), data, linqCall: null, sentinels, starts: startOperations.ToImmutable(),
            startsAtAFiniteConstant: finite, seeds: seeds);
    }

    /// <summary>A C# constant start that is no sentinel of <paramref name="kind"/>: a finite value the fold may stop at (<c>m = 0</c>).</summary>
    private static bool IsFiniteConstantStart(IOperation? start, ReductionKind kind) =>
        Unwrap(start) is { ConstantValue: { HasValue: true, Value: { } value } } && AsDouble(value) is { } number && !double.IsNaN(number)
        && !IsSentinelStart(start, kind);

    /// <summary>
    /// True when the folded atom reads the element the innermost loop around <paramref name="write"/> walks: the
    /// <c>for</c> loop's index, the <c>foreach</c> variable, an iterating lambda's parameter appears in it. A fold in no
    /// loop, or in a loop of another shape (<c>while</c>), is left to the walk (which gives no verdict for it).
    /// </summary>
    private bool ReadsItsLoopElement(IOperation write, IOperation atom)
    {
        switch (EnclosingLoops(write).FirstOrDefault())
        {
            case IForLoopOperation forLoop:
                return Unwrap(forLoop.Condition) is not IBinaryOperation condition || VariableOf(condition.LeftOperand) is not ILocalSymbol index
                    || Mentions(atom, index.Name);
            case IForEachLoopOperation forEach:
                return forEach.Locals.Length == 0 || forEach.Locals.Any(local => Mentions(atom, local.Name));
            case IAnonymousFunctionOperation lambda:
                return lambda.Symbol.Parameters.Length == 0 || lambda.Symbol.Parameters.Any(parameter => Mentions(atom, parameter.Name));
            default:
                return true;
        }
    }

    /// <summary>True when an identifier token of <paramref name="atom"/>'s syntax is <paramref name="name"/>.</summary>
    private static bool Mentions(IOperation atom, string name) =>
        (Unwrap(atom) ?? atom).Syntax.DescendantTokens().Any(token => token.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken) && token.ValueText == name);

    /// <summary>A start a fold of <paramref name="kind"/> never stays at: ±∞, <c>MinValue</c>/<c>MaxValue</c>, a magnitude of a million or more.</summary>
    private static bool IsSentinelStart(IOperation? start, ReductionKind kind) =>
        Unwrap(start) is { ConstantValue: { HasValue: true, Value: { } value } } && AsDouble(value) is { } number && !double.IsNaN(number)
        && (kind == ReductionKind.Max ? number <= SentinelStart : number >= -SentinelStart);

    /// <summary>
    /// <paramref name="value"/> as one data term entering negated (<c>-x[i]</c>, <c>-2 * v</c>, <c>v * -1.0</c>): its
    /// atom and coefficient key; null for anything else (a sum of terms, a term entering positively, no data).
    /// </summary>
    private (IOperation Atom, string Coefficient)? NegatedDataTerm(IOperation? value)
    {
        var terms = new List<AdditiveTerm>();
        return value is not null && CollectAdditiveTerms(value, negative: false, new List<string>(), terms, depth: 0) && terms.Count == 1 && terms[0].Negative
            && Eval(terms[0].Atom).RawRoots.Count > 0
            ? (terms[0].Atom, terms[0].Coefficient)
            : null;
    }

    private static ReductionKind Opposite(ReductionKind kind) => kind == ReductionKind.Max ? ReductionKind.Min : ReductionKind.Max;
}
