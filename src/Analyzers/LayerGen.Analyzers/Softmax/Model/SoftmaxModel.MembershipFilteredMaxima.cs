using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Membership-filtered maxima (filtermax; review47 I06 and K06). Invariant: a maximum fold whose walk reaches every
/// element of a buffer or dictionary <c>B</c> and admits an element only when its index or key is a member of one
/// collection <c>C</c> is the maximum over exactly the members of <c>C</c> (those the walk reaches: all of them, since it
/// walks the whole of <c>B</c>). The walk is a counted <c>for</c>/<c>while</c> from 0 by 1 to <c>B.Length</c>/<c>B.Count</c>,
/// or a <c>foreach</c> over the dictionary's pairs, with no <c>break</c>; the filter is <c>C.Contains(i)</c> /
/// <c>C.Contains(kv.Key)</c> as a conjunct of the fold's guards, an <c>if (!C.Contains(i) [|| x[i] &lt;= top]) continue;</c>
/// before the fold, or a LINQ <c>B.Where(kv =&gt; C.Contains(kv.Key)).Max(kv =&gt; kv.Value)</c> (also with <c>Select</c>) /
/// <c>B.Where((v, i) =&gt; C.Contains(i)).Max()</c>. When the softmax's exps and sum walk the members of the SAME <c>C</c>
/// (each inside <c>foreach (c in C)</c>, the exps reading <c>B[c]</c>), <c>C</c> is only read in the method (never
/// assigned, refilled or handed on), the maximum starts from −∞, carries across no loop but its walk, comes before the
/// exps in the same iteration, and the sum carries across no loop around the maximum, then the maximum spans exactly the
/// softmax slice: neither too wide (LG0001) nor another axis (LG0004). Any other filter (another set, a value test, an
/// OR, a partial walk, a <c>break</c>) is not read here and keeps the reading it had.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Memo of <see cref="MembershipFilteredFold"/>, per fold: the set and the buffer, or null.</summary>
    private readonly Dictionary<IOperation, (ISymbol Set, ISymbol Buffer)?> _membershipFilteredFolds = new();

    /// <summary>
    /// True when every fold of <paramref name="max"/> is a membership-filtered maximum over <c>C</c> of the buffer the
    /// site's exps read, and the site's exps and sum walk the members of that same <c>C</c> (the type's invariant).
    /// </summary>
    private bool IsMembersOwnMaximum(SoftmaxSite site, Reduction max)
    {
        if (max.Folds.IsEmpty || site.Sum.Folds.IsEmpty || site.Exps.IsEmpty)
        {
            return false;
        }

        ISymbol? set = null;
        ISymbol? buffer = null;
        foreach (var fold in max.Folds)
        {
            if (MembershipFilteredFold(fold) is not var (foldSet, foldBuffer)
                || set is not null && !SymbolEqualityComparer.Default.Equals(set, foldSet)
                || buffer is not null && !SymbolEqualityComparer.Default.Equals(buffer, foldBuffer))
            {
                return false;
            }

            set = foldSet;
            buffer = foldBuffer;
        }

        if (set is null || buffer is null || !IsOnlyReadSet(set) || !OnlyReadingCallsBetween(max, site))
        {
            return false;
        }

        foreach (var exp in site.Exps)
        {
            if (MemberWalkOf(exp, set) is not { } member
                || !exp.Descendants().Any(read => IsElementAt(read, buffer, member))
                || !max.Folds.All(fold => PrecedesInSameIteration(fold, exp)))
            {
                return false;
            }
        }

        // The sum walks the same members and restarts wherever the maximum does (no total carried across the groups).
        return site.Sum.Folds.All(sum => MemberWalkOf(sum, set) is not null
            && _carriedLoops.TryGetValue(sum, out var carried)
            && max.Folds.All(fold => PrecedesInSameIteration(fold, sum) && !EnclosingLoops(fold).Any(carried.ByAny.Contains)));
    }

    /// <summary>
    /// The set <c>C</c> and buffer <c>B</c> of a membership-filtered maximum fold (the type's invariant), or null for any
    /// other fold. Memoised per fold.
    /// </summary>
    private (ISymbol Set, ISymbol Buffer)? MembershipFilteredFold(IOperation fold)
    {
        if (!_membershipFilteredFolds.TryGetValue(fold, out var known))
        {
            known = Unwrap(fold) is IInvocationOperation call ? FilteredLinqMaximum(call) : FilteredLoopMaximum(fold);
            _membershipFilteredFolds[fold] = known;
        }

        return known;
    }

    /// <summary>
    /// <c>B.Where(kv =&gt; C.Contains(kv.Key)).Max(kv =&gt; kv.Value)</c>, the same with <c>.Select(kv =&gt; kv.Value).Max()</c>,
    /// or <c>B.Where((v, i) =&gt; C.Contains(i)).Max()</c>: the set and the buffer; else null.
    /// </summary>
    private (ISymbol Set, ISymbol Buffer)? FilteredLinqMaximum(IInvocationOperation max)
    {
        if (!Symbols.IsEnumerable(max.TargetMethod, "Max") || max.Instance is not null || max.Arguments.Length is not (1 or 2))
        {
            return null;
        }

        var selector = max.Arguments.Length == 2 ? LambdaArgument(max) : null;
        if (max.Arguments.Length == 2 && selector is null)
        {
            return null;
        }

        var source = Unwrap(max.Arguments[0].Value);
        if (selector is null && source is IInvocationOperation select && Symbols.IsEnumerable(select.TargetMethod, "Select") && select.Arguments.Length == 2)
        {
            // .Select(kv => kv.Value).Max(): the selector moves onto the Select.
            selector = LambdaArgument(select);
            if (selector is null || selector.Symbol.Parameters.Length != 1)
            {
                return null;
            }

            source = Unwrap(select.Arguments[0].Value);
        }

        if (source is not IInvocationOperation where || !Symbols.IsEnumerable(where.TargetMethod, "Where") || where.Arguments.Length != 2
            || LambdaArgument(where) is not { } predicate || predicate.Body.Operations is not [IReturnOperation { ReturnedValue: { } test }]
            || BufferSymbol(where.Arguments[0].Value) is not { } buffer)
        {
            return null;
        }

        switch (predicate.Symbol.Parameters)
        {
            case [var pair] when selector is { Symbol.Parameters: [var selected], Body.Operations: [IReturnOperation { ReturnedValue: var value }] }
                && IsPairMember(Unwrap(value), selected, "Value"):
                return MembershipSet(test, operand => IsPairMember(operand, pair, "Key")) is { } pairSet ? (pairSet, buffer) : null;
            case [_, var position] when selector is null || selector is { Symbol.Parameters: [var element], Body.Operations: [IReturnOperation { ReturnedValue: var same }] }
                && Unwrap(same) is IParameterReferenceOperation { Parameter: var returned } && SymbolEqualityComparer.Default.Equals(returned, element):
                return MembershipSet(test, operand => operand is IParameterReferenceOperation { Parameter: var index } && SymbolEqualityComparer.Default.Equals(index, position)) is { } indexSet
                    ? (indexSet, buffer)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// A loop fold (<c>if (C.Contains(i) &amp;&amp; x[i] &gt; top) top = x[i];</c> and its spellings, the type's invariant): the set
    /// and the buffer; else null. Every compared value is the walked element, every guard a conjunction of the membership
    /// test and the maximum's own comparison, every <c>continue</c> an earlier skip of non-members (or of values not above
    /// the peak), the accumulator starts at −∞ and the walk reaches every element.
    /// </summary>
    private (ISymbol Set, ISymbol Buffer)? FilteredLoopMaximum(IOperation fold)
    {
        if (EnclosingLoops(fold).FirstOrDefault() is not ILoopOperation walk
            || fold.DescendantsAndSelf().OfType<IAssignmentOperation>().FirstOrDefault() is not { } assignment
            || VariableOf(assignment.Target) is not ILocalSymbol accumulator
            || WalkedElement(walk) is not var (buffer, isMember, isValue)
            || walk.Body.Descendants().Any(operation => operation is IBranchOperation { BranchKind: BranchKind.Break or BranchKind.GoTo })
            || !StartsBelowEveryValue(accumulator, walk))
        {
            return null;
        }

        var sets = new List<ISymbol>();

        // The guards between the fold and its walk: the fold under their true branch, a conjunction of filter and comparison.
        for (IOperation child = fold, parent = fold.Parent!; parent is not null && parent != walk; child = parent, parent = parent.Parent!)
        {
            if (parent is IConditionalOperation branch && (branch.WhenTrue != child || !IsFilteredGuard(branch.Condition, accumulator, isMember, isValue, sets)))
            {
                return null;
            }
        }

        if (!IsFilteredFoldPart(fold, accumulator, isMember, isValue, sets))
        {
            return null;
        }

        // continue: only as an earlier skip of non-members, in this walk, not in a while (it would skip the step).
        foreach (var skip in walk.Body.Descendants().OfType<IBranchOperation>().Where(branch => branch.BranchKind == BranchKind.Continue))
        {
            if (walk is IWhileLoopOperation || EnclosingLoops(skip).FirstOrDefault() != walk
                || skip.Parent is not IConditionalOperation and not IBlockOperation { Operations.Length: 1, Parent: IConditionalOperation }
                || (skip.Parent as IConditionalOperation ?? (IConditionalOperation)skip.Parent!.Parent!) is not { } skipping
                || skipping.WhenFalse is not null || skipping.Syntax.Span.End > fold.Syntax.SpanStart
                || !IsSkipOfNonMembers(skipping.Condition, accumulator, isMember, isValue, sets))
            {
                return null;
            }
        }

        return sets.Count > 0 && sets.All(set => SymbolEqualityComparer.Default.Equals(set, sets[0])) ? (sets[0], buffer) : null;
    }

    /// <summary>
    /// What a walk reaches: the buffer, and how its member (the index or key) and its value are read. A counted
    /// <c>for</c>/<c>while</c> from 0 by 1 to <c>B.Length</c>/<c>B.Count</c> whose variable only its start and step write
    /// (member <c>i</c>, value <c>B[i]</c>); a <c>foreach</c> over a dictionary's pairs (member <c>kv.Key</c>, value
    /// <c>kv.Value</c>, or the deconstructed <c>(key, value)</c>). Else null.
    /// </summary>
    private (ISymbol Buffer, System.Func<IOperation, bool> IsMember, System.Func<IOperation, bool> IsValue)? WalkedElement(ILoopOperation walk)
    {
        if (walk is IForEachLoopOperation forEach)
        {
            if (BufferSymbol(forEach.Collection) is not { } dictionary
                || forEach.Collection is not { } collection || !IsPairSequence(collection))
            {
                return null;
            }

            switch (forEach.Locals)
            {
                case [var pair] when forEach.LoopControlVariable is IVariableDeclaratorOperation:
                    return (dictionary, operand => IsPairMember(operand, pair, "Key"), operand => IsPairMember(operand, pair, "Value"));
                case [var key, var value] when forEach.LoopControlVariable is IDeclarationExpressionOperation { Expression: ITupleOperation { Elements: [var first, var second] } }
                    && References(first, key) && References(second, value):
                    return (dictionary, operand => References(operand, key), operand => References(operand, value));
                default:
                    return null;
            }
        }

        if (CountedLoopParts(walk) is not var (start, step, _) || StartValue(start) is not ({ } variable, { } from)
            || Unwrap(from)!.ConstantValue is not { HasValue: true, Value: 0 } || UnitStep(step, variable) != 1
            || UpperBoundFromZero(walk) is not IPropertyReferenceOperation { Property.Name: "Length" or "Count", Instance: var measured }
            || BufferSymbol(measured) is not { } buffer
            || WritesOf(variable).Any(write => !Contains(start, write.Operation) && !Contains(step, write.Operation)))
        {
            return null;
        }

        return (buffer, operand => References(operand, variable), operand => IsElementAt(operand, buffer, variable));
    }

    /// <summary>
    /// A guard of the fold: conjuncts that are each a membership test (recorded in <paramref name="sets"/>) or the
    /// maximum's own comparison of the walked value with the accumulator.
    /// </summary>
    private bool IsFilteredGuard(IOperation condition, ILocalSymbol accumulator, System.Func<IOperation, bool> isMember, System.Func<IOperation, bool> isValue, List<ISymbol> sets) =>
        IsFilterPart(condition, FilterShape.Guard, accumulator, isMember, isValue, sets);

    /// <summary>
    /// A skip before the fold: disjuncts that are each a negated membership test (<c>!C.Contains(i)</c>, recorded) or a
    /// comparison of the walked value with the accumulator (<c>x[i] &lt;= top</c>); at least one membership test.
    /// </summary>
    private bool IsSkipOfNonMembers(IOperation condition, ILocalSymbol accumulator, System.Func<IOperation, bool> isMember, System.Func<IOperation, bool> isValue, List<ISymbol> sets)
    {
        var before = sets.Count;
        return IsFilterPart(condition, FilterShape.Skip, accumulator, isMember, isValue, sets) && sets.Count > before;
    }

    /// <summary>
    /// One part of a membership filter. A guard and a skip are duals (De Morgan): a guard admits an element through
    /// <c>&amp;&amp;</c>-joined membership tests, a skip rejects it through <c>||</c>-joined NEGATED tests; both may hold
    /// the maximum's own comparison. A nested connective of the shape's kind is split further.
    /// </summary>
    private bool IsFilterPart(IOperation part, FilterShape shape, ILocalSymbol accumulator, System.Func<IOperation, bool> isMember, System.Func<IOperation, bool> isValue, List<ISymbol> sets)
    {
        var unwrapped = Unwrap(part);
        var connective = shape == FilterShape.Guard ? BinaryOperatorKind.ConditionalAnd : BinaryOperatorKind.ConditionalOr;
        if (unwrapped is IBinaryOperation pair && pair.OperatorKind == connective)
        {
            return IsFilterPart(pair.LeftOperand, shape, accumulator, isMember, isValue, sets)
                && IsFilterPart(pair.RightOperand, shape, accumulator, isMember, isValue, sets);
        }

        var membershipTest = shape == FilterShape.Guard
            ? unwrapped
            : unwrapped is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } negation ? negation.Operand : null;
        if (membershipTest is not null && MembershipSet(membershipTest, isMember) is { } set)
        {
            sets.Add(set);
            return true;
        }

        return unwrapped is IBinaryOperation comparison
            && IsMaximumComparison(comparison, accumulator, accumulator.Name)
            && IsFilteredFoldPart(comparison.LeftOperand, accumulator, isMember, isValue, sets)
            && IsFilteredFoldPart(comparison.RightOperand, accumulator, isMember, isValue, sets);
    }

    /// <summary>Where a membership filter sits: a guard around the fold or a <c>continue</c> skip before it.</summary>
    private enum FilterShape
    {
        Guard,
        Skip,
    }

    /// <summary>
    /// The fold itself reads only the walked value, the accumulator and constants, through <c>Math.Max</c>-style calls,
    /// assignments to the accumulator and guards of <see cref="IsFilteredGuard"/>.
    /// </summary>
    private bool IsFilteredFoldPart(IOperation operation, ILocalSymbol accumulator, System.Func<IOperation, bool> isMember, System.Func<IOperation, bool> isValue, List<ISymbol> sets)
    {
        var unwrapped = Unwrap(operation)!;
        switch (unwrapped)
        {
            case { ConstantValue.HasValue: true }:
                return true;
            case { } value when isValue(value) || References(value, accumulator):
                return true;
            case IConditionalOperation branch:
                return IsFilteredGuard(branch.Condition, accumulator, isMember, isValue, sets)
                    && IsFilteredFoldPart(branch.WhenTrue, accumulator, isMember, isValue, sets)
                    && (branch.WhenFalse is null || IsFilteredFoldPart(branch.WhenFalse, accumulator, isMember, isValue, sets));
            case ISimpleAssignmentOperation assignment:
                return References(assignment.Target, accumulator) && IsFilteredFoldPart(assignment.Value, accumulator, isMember, isValue, sets);
            case IInvocationOperation call:
                return call.Instance is null && call.TargetMethod.Name == "Max" && call.TargetMethod.ContainingType?.Name is "Math" or "MathF" or "Double" or "Single"
                    && call.Arguments.All(argument => IsFilteredFoldPart(argument.Value, accumulator, isMember, isValue, sets));
            case IExpressionStatementOperation statement:
                return IsFilteredFoldPart(statement.Operation, accumulator, isMember, isValue, sets);
            case IBlockOperation block:
                return block.Operations.All(inner => IsFilteredFoldPart(inner, accumulator, isMember, isValue, sets));
            default:
                return false;
        }
    }

    /// <summary>
    /// The collection <c>C</c> of a membership test whose argument <paramref name="isMember"/> accepts: <c>C.Contains(m)</c>
    /// (an instance method) or <c>Enumerable.Contains(C, m)</c>, with <c>C</c> a local or by-value parameter; else null.
    /// </summary>
    private ISymbol? MembershipSet(IOperation test, System.Func<IOperation, bool> isMember)
    {
        if (Unwrap(test) is not IInvocationOperation { TargetMethod.Name: "Contains" } call)
        {
            return null;
        }

        var (collection, member) = call.Instance is { } instance && call.Arguments.Length == 1
            ? (instance, call.Arguments[0].Value)
            : call.Instance is null && call.Arguments.Length == 2 && IsStaticContainsType(call.TargetMethod.ContainingType)
                ? (call.Arguments[0].Value, call.Arguments[1].Value)
                : (null, null);
        return collection is not null && member is not null && isMember(Unwrap(member)!)
            && VariableOf(collection) is ILocalSymbol { IsRef: false } or IParameterSymbol { RefKind: RefKind.None } ? VariableOf(collection) : null;
    }

    /// <summary>
    /// True when every reference to the set in the method only reads it: the receiver of <c>Contains</c>, its
    /// <c>Count</c>/<c>Length</c>, the collection of a <c>foreach</c>, a by-value argument of a LINQ operator, or its own
    /// declaration (a deconstructed <c>foreach</c> variable). An assignment, <c>Add</c>/<c>Clear</c>, any other call or
    /// argument could change the members between the maximum and the exps.
    /// </summary>
    private bool IsOnlyReadSet(ISymbol set) => References(set).All(reference =>
    {
        var use = reference;
        while (use.Parent is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
        {
            use = use.Parent;
        }

        return reference is ILocalReferenceOperation { IsDeclaration: true } || use.Parent switch
        {
            IInvocationOperation call when call.Instance == use => call.TargetMethod.Name == "Contains",
            IPropertyReferenceOperation property when property.Instance == use => property.Property.Name is "Count" or "Length",
            IArgumentOperation { Parameter.RefKind: RefKind.None, Parent: IInvocationOperation call } => Symbols.IsLinqOperatorType(call.TargetMethod.ContainingType)
                || call.TargetMethod.Name == "Contains" && IsStaticContainsType(call.TargetMethod.ContainingType),
            IForEachLoopOperation loop => loop.Collection == use,
            _ => false,
        };
    });

    /// <summary>
    /// True when every call written between the end of the maximum's folds and the last exp or sum only reads: a LINQ
    /// operator, a static method of <c>Math</c>/<c>MathF</c> or of a primitive numeric type, or a collection lookup
    /// (<c>Contains</c>, <c>ContainsKey</c>, <c>TryGetValue</c>, <c>GetValueOrDefault</c>). The set is an object: another
    /// reference to it (<c>groups[name].Add(k)</c>, a list slot, a <c>TryGetValue</c> out variable, a helper given the
    /// container, an owner's method) could change its members after the maximum was taken, and
    /// <see cref="IsOnlyReadSet"/> sees only the set's own name (review48 FB01–FB30). Code in another tree (an inlined
    /// helper) is not checked here: false.
    /// </summary>
    private bool OnlyReadingCallsBetween(Reduction max, SoftmaxSite site)
    {
        var tree = max.Folds[0].Syntax.SyntaxTree;
        var uses = site.Exps.Concat(site.Sum.Folds).ToList();
        if (max.Folds.Any(fold => fold.Syntax.SyntaxTree != tree) || uses.Any(use => use.Syntax.SyntaxTree != tree))
        {
            return false;
        }

        var start = max.Folds.Max(fold => fold.Syntax.Span.End);
        var end = uses.Max(use => use.Syntax.SpanStart);
        return Invocations().All(call => call.Syntax.SyntaxTree != tree
            || call.Syntax.SpanStart < start || call.Syntax.SpanStart >= end || IsReadingCall(call.TargetMethod));
    }

    /// <summary>A call that cannot change a collection: see <see cref="OnlyReadingCallsBetween"/>.</summary>
    private bool IsReadingCall(IMethodSymbol method) =>
        Symbols.IsLinqOperatorType(method.ContainingType)
        || method.IsStatic && (method.ContainingType is { Name: "Math" or "MathF", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
            || method.ContainingType.SpecialType is >= SpecialType.System_SByte and <= SpecialType.System_Double)
        || method.Name is "Contains" or "ContainsKey" or "TryGetValue" or "GetValueOrDefault";

    /// <summary>
    /// A type whose static <c>Contains(collection, item)</c> only reads: LINQ's operators, and <c>MemoryExtensions</c>
    /// (C# 14 binds <c>array.Contains(i)</c> to its span overload).
    /// </summary>
    private bool IsStaticContainsType(ITypeSymbol? type) =>
        Symbols.IsLinqOperatorType(type) || type is { Name: "MemoryExtensions", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>The member variable of the innermost <c>foreach</c> over <paramref name="set"/> around <paramref name="operation"/>; else null.</summary>
    private ISymbol? MemberWalkOf(IOperation operation, ISymbol set) =>
        EnclosingLoops(operation).OfType<IForEachLoopOperation>().FirstOrDefault(loop => References(loop.Collection, set)) is { Locals: [var member] } ? member : null;

    /// <summary>
    /// True when <paramref name="fold"/> ends before <paramref name="use"/> starts and every loop around the fold but its
    /// own walk is around the use too: the use reads the maximum of the same iteration.
    /// </summary>
    private bool PrecedesInSameIteration(IOperation fold, IOperation use)
    {
        if (fold.Syntax.SyntaxTree != use.Syntax.SyntaxTree || fold.Syntax.Span.End > use.Syntax.SpanStart)
        {
            return false;
        }

        var around = EnclosingLoops(use).ToList();
        var loops = EnclosingLoops(fold).ToList();
        var outer = Unwrap(fold) is IInvocationOperation ? loops : loops.Skip(1);
        if (!outer.All(around.Contains))
        {
            return false;
        }

        // The maximum restarts per iteration of those loops (declared or reset inside them): only its walk is carried.
        return Unwrap(fold) is IInvocationOperation
            || _carriedLoops.TryGetValue(fold, out var carried) && carried.ByAny.All(loop => loop == loops.FirstOrDefault());
    }

    /// <summary>
    /// True when every write of the accumulator outside its walk sets it to a constant at or below −1e30 (−∞,
    /// <c>MinValue</c>, <c>-MaxValue</c>) or declares it without a value: no element outside the members seeds the peak.
    /// </summary>
    private bool StartsBelowEveryValue(ILocalSymbol accumulator, ILoopOperation walk) => WritesOf(accumulator).All(write =>
        Contains(walk, write.Operation)
        || write.Value is null
        || Unwrap(write.Value)?.ConstantValue is { HasValue: true, Value: var constant } && constant switch
        {
            double wide => wide <= -1e30,
            float narrow => narrow <= -1e30f,
            _ => false,
        });

    /// <summary><c>B[i]</c> (an array element or an indexer) at the variable <paramref name="index"/>.</summary>
    private static bool IsElementAt(IOperation operation, ISymbol buffer, ISymbol index) => Unwrap(operation) switch
    {
        IArrayElementReferenceOperation { Indices: [var at] } element => References(element.ArrayReference, buffer) && References(at, index),
        IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance, Arguments: [var argument] } => References(instance, buffer) && References(argument.Value, index),
        _ => false,
    };

    /// <summary><c>kv.Key</c> or <c>kv.Value</c> of the pair <paramref name="pair"/> (a local or a lambda parameter).</summary>
    private static bool IsPairMember(IOperation? operation, ISymbol pair, string member) =>
        Unwrap(operation) is IPropertyReferenceOperation { Property.IsIndexer: false, Instance: { } instance } property
        && property.Property.Name == member && SymbolEqualityComparer.Default.Equals(VariableOf(instance), pair);

    /// <summary>A sequence of <c>KeyValuePair</c> elements (a dictionary and its read-only views).</summary>
    private static bool IsPairSequence(IOperation collection) =>
        Unwrap(collection)?.Type is { } type
        && (type.AllInterfaces.Concat(type is INamedTypeSymbol named ? new[] { named } : System.Array.Empty<INamedTypeSymbol>()))
            .Any(candidate => candidate is { Name: "IEnumerable", TypeArguments: [INamedTypeSymbol { Name: "KeyValuePair" }] });

    /// <summary>The local or parameter a buffer is read through (no field, no element of another buffer).</summary>
    private static ISymbol? BufferSymbol(IOperation? operation) =>
        VariableOf(operation) is ILocalSymbol { IsRef: false } or IParameterSymbol { RefKind: RefKind.None or RefKind.In } ? VariableOf(operation) : null;
}
