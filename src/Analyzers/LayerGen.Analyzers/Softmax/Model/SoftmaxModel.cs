using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The semantic model of the softmax code in one method (lambdas and local functions included): how every element
/// access maps loops to data dimensions (<see cref="Classes"/>), what every max and sum folds and where it is reset
/// (<see cref="ReductionAt"/>), and every softmax site (<see cref="Sites"/>): an exp divided by a sum of exps.
/// Rules are small predicates over it; the code fixes read the same model.
/// </summary>
/// <remarks>
/// The model makes no assumption about which index is the row: a site's softmax axis is what its sum folds, and its
/// other dimensions are the batch. Values are tracked flow-insensitively (a variable's facts are those of all its
/// assignments); whether a reduction is reset per slice comes from the control flow graph (<see cref="FlowIndex"/>).
/// </remarks>
internal sealed partial class SoftmaxModel
{
    private const int FixpointRounds = 3;

    private readonly IOperation _root;
    private readonly System.Lazy<FlowIndex> _flowIndex;
    private readonly CancellationToken _cancellationToken;
    private readonly bool _followHelpers;
    private readonly List<IOperation> _operations = new();
    private readonly Dictionary<ISymbol, List<VariableWrite>> _variableWrites = new(SymbolEqualityComparer.Default);
    private readonly List<ElementWrite> _elementWrites = new();
    private bool _writesCollected;
    private Dictionary<ISymbol, List<ElementWrite>>? _elementWritesByRoot;
    private readonly List<IInvocationOperation> _listAdds = new();

    /// <summary>True when the block calls an exp: only then are helpers asked whether they normalise or shift its values.</summary>
    private bool _hasExp;
    private readonly Dictionary<ISymbol, ValueFacts> _stored = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILocalSymbol, List<(IOperation Loop, Stride Step)>> _inductionLoops = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IOperation, ValueFacts> _expArguments = new();
    private readonly List<SoftmaxSite> _sites = new();
    private readonly List<IInvocationOperation> _librarySoftmaxCalls = new();
    private readonly Dictionary<IMethodSymbol, IAnonymousFunctionOperation> _lambdas = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILocalSymbol, IForEachLoopOperation> _forEachLoops = new(SymbolEqualityComparer.Default);

    private SoftmaxModel(IOperation root, WellKnownSymbols symbols, System.Func<FlowIndex> flow, bool followHelpers, CancellationToken cancellationToken)
    {
        _root = root;
        Symbols = symbols;
        _flowIndex = new System.Lazy<FlowIndex>(flow, System.Threading.LazyThreadSafetyMode.None);
        _followHelpers = followHelpers;
        _cancellationToken = cancellationToken;
        _countWriteRead = () => WritesRead++;
    }

    public WellKnownSymbols Symbols { get; }

    /// <summary>Which dimensions of which buffers are the same data axis.</summary>
    public DimensionClasses Classes { get; } = new();

    /// <summary>Every softmax site, in source order of its division.</summary>
    public IReadOnlyList<SoftmaxSite> Sites => _sites;

    /// <summary>Calls of <c>TensorPrimitives.SoftMax</c> and <c>Tensor.SoftMax</c> (neither subtracts a maximum).</summary>
    public IReadOnlyList<IInvocationOperation> LibrarySoftmaxCalls => _librarySoftmaxCalls;

    /// <summary>The operations of the analysed block (inlined helpers included): the size the model's work is measured against.</summary>
    public int OperationCount => _operations.Count;

    /// <summary>
    /// A cheap work counter: every value, view or index the model computed rather than read from its caches (building
    /// and every question asked so far). The cost guard tests bound it by <see cref="OperationCount"/>.
    /// </summary>
    public int Evaluations { get; private set; }

    /// <summary>
    /// A second work counter: the writes of variables and buffers handed to questions (<see cref="WritesOf"/>,
    /// <see cref="ElementWritesInto"/>). A question that re-reads every write of a shared accumulator per site shows
    /// here as a count that grows with the square of the method; the cost tests bound its growth.
    /// </summary>
    public long WritesRead { get; private set; }

    /// <summary>Counts one write read through a <see cref="ReadCountingList{T}"/> (one delegate per model, not per question).</summary>
    private readonly System.Action _countWriteRead;

    /// <summary>True when the block does not compile; the model is then empty.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>
    /// Builds the model of <paramref name="root"/> (a method body, lambda or local function body). The graph comes
    /// from the analysis context (cached by the driver) or is null (then every accumulation counts as carried).
    /// </summary>
    public static SoftmaxModel Build(IOperation root, WellKnownSymbols symbols, ControlFlowGraph? graph, CancellationToken cancellationToken) =>
        Build(root, symbols, () => graph, cancellationToken);

    /// <summary>Like <see cref="Build(IOperation, WellKnownSymbols, ControlFlowGraph?, CancellationToken)"/>, asking for the graph only if a reduction needs it.</summary>
    public static SoftmaxModel Build(IOperation root, WellKnownSymbols symbols, System.Func<ControlFlowGraph?> graph, CancellationToken cancellationToken)
    {
        var model = new SoftmaxModel(root, symbols, () => FlowIndex.Build(graph(), cancellationToken), followHelpers: true, cancellationToken);
        model.Analyse();
        return model;
    }

    private FlowIndex Flow => _flowIndex.Value;

    /// <summary>The facts of an exp call's argument (what was exponentiated).</summary>
    public ValueFacts ExpArgument(IOperation exp)
    {
        var facts = _expArguments.TryGetValue(exp, out var known) ? known : ValueFacts.Empty;
        return _scalarInputs.TryGetValue(exp, out var inputs) && inputs.Count > 0 ? facts.With(rawRoots: facts.RawRoots.Union(inputs)) : facts;
    }

    /// <summary>
    /// Builds the model's facts, then seals its dimension classes: the questions rules ask later may evaluate more
    /// values, but what they find cannot change the answers to other questions (a rule's verdict does not depend on
    /// which rule asked first).
    /// </summary>
    private void Analyse()
    {
        BuildFacts();
        Classes.Seal();
    }

    private void BuildFacts()
    {
        var mayHaveSite = false;
        var hasExp = false;
        foreach (var operation in _root.DescendantsAndSelf())
        {
            _operations.Add(operation);
            switch (operation)
            {
                case IInvalidOperation:
                    HasErrors = true;
                    break;
                case IAnonymousFunctionOperation lambda:
                    _lambdas[lambda.Symbol] = lambda;
                    break;
                case IForEachLoopOperation forEach:
                    foreach (var local in forEach.Locals)
                    {
                        _forEachLoops[local] = forEach;
                    }

                    break;
                // A reciprocal multiplication (e * inv) needs its 1 / s somewhere too.
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide }:
                case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Divide }:
                    mayHaveSite = true;
                    break;
                // A roulette wheel normalises by comparing with a drawn share of the sum (SampledThresholds.cs).
                case IBinaryOperation or ICompoundAssignmentOperation or ISimpleAssignmentOperation when MayCompareWithDrawnShare(operation):
                    mayHaveSite = true;
                    break;
                case IInvocationOperation invocation:
                    hasExp |= Symbols.IsExp(invocation.TargetMethod) || Symbols.IsTensorLibrary(invocation.TargetMethod, invocation.TargetMethod.Name) && WellKnownSymbols.IsExpFunctionName(invocation.TargetMethod.Name)
                        || Symbols.IsPow(invocation.TargetMethod) && ExpOperand(invocation) is not null
                        // Pow(logBase, v) with a local base: whether it is a constant is known once writes are collected.
                        || Symbols.IsPow(invocation.TargetMethod) && invocation.Arguments.Any(argument => argument.Parameter?.Ordinal == 0 && Unwrap(argument.Value) is ILocalReferenceOperation)
                        // An exp helper of this file, of any type and name (an activation-function class's Softmax(x) => Math.Exp(x)).
                        || IsExpHelper(invocation.TargetMethod)
                        // Exp(v) through a delegate field of one known value (static readonly Func<float, float> Exp = MathF.Exp).
                        || invocation.TargetMethod.MethodKind == MethodKind.DelegateInvoke && ExpOperand(invocation) is not null
                        || HelperExponent(invocation) is not null
                        || MemberExpExponent(invocation) is not null
                        || !hasExp && _followHelpers && IsCandidateHelper(invocation) && HelperCallsExp(CalleeOf(invocation));
                    mayHaveSite |= Symbols.IsTensorLibrary(invocation.TargetMethod, "Divide") || Symbols.IsTensorLibrary(invocation.TargetMethod, "SoftMax")
                        || Symbols.IsLog(invocation.TargetMethod) || Symbols.IsLogInBase(invocation.TargetMethod);
                    break;
                case IMethodReferenceOperation reference:
                    // Also a method group or address of an exp helper (delegate* managed<…> e = &Shifted): the calls through
                    // it are read once the writes of its local are known (PointerCalls.cs).
                    hasExp |= WellKnownSymbols.IsExpFunctionName(reference.Method.Name) || IsExpHelper(reference.Method.OriginalDefinition)
                        || HelperExponentOf(reference.Method.OriginalDefinition) is not null;
                    break;
                case IFunctionPointerInvocationOperation pointer:
                    // e(v) with e = &MathF.Exp or a pointer to an exp helper (PointerCalls.cs).
                    hasExp |= ExpOperand(pointer) is not null;
                    break;
            }
        }

        _hasExp = hasExp;

        // Syntax errors are cheap to see; semantic ones are checked at the end, and only when there is a finding.
        HasErrors |= _root.Syntax.ContainsDiagnostics;

        // A softmax needs an exp and a division (or the library call); most methods that mention Exp have neither.
        // Loss and backward code without a softmax of its own may still read probabilities made elsewhere.
        if (HasErrors || (!mayHaveSite || !hasExp && !_operations.Any(operation => operation is IInvocationOperation { TargetMethod.Name: "SoftMax" }))
            && !MayReadProbabilitiesFromElsewhere())
        {
            return;
        }

        CollectWrites();
        _writesCollected = true;
        RecordWholeValueResets();
        RecordFreshObjectResets();
        CollectInductionVariables();
        PropagateStoredValues();
        LinkDimensions();
        FindSites();
        if (_hasExp)
        {
            FindLogSumExps();
        }

        // Checking the block for compiler errors costs a bind: only when there is something to report.
        if ((_sites.Count > 0 || _librarySoftmaxCalls.Count > 0 || _logSumExps.Count > 0) && HasCompilationErrors())
        {
            HasErrors = true;
            _sites.Clear();
            _librarySoftmaxCalls.Clear();
            _logSumExps.Clear();
        }
    }

    private bool HasCompilationErrors()
    {
        var model = SourceModel;
        if (model is null)
        {
            return true;
        }

        // An inlined body is speculative (no diagnostics of its own): it compiles when its sources do.
        foreach (var span in _inlined?.SourceSpans ?? new[] { _root.Syntax.Span })
        {
            foreach (var diagnostic in model.GetDiagnostics(span, _cancellationToken))
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void CollectWrites()
    {
        foreach (var operation in _operations)
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                    AddVariableWrite(declarator.Symbol, declarator, null, initializer.Value);
                    RecordTupleElementWrites(declarator.Symbol, declarator, null, initializer.Value);
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    RecordDeconstruction(deconstruction.Target, deconstruction.Value, deconstruction);
                    break;
                case IAssignmentOperation assignment:
                    RecordWrite(assignment.Target, assignment, assignment.Value);
                    break;
                case IIncrementOrDecrementOperation increment:
                    RecordWrite(increment.Target, increment, null);
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument when !TakesAddressOnly(argument.Parent):
                    RecordWrite(argument.Value, argument, null);
                    break;
                case IInvocationOperation invocation when Symbols.IsTensorLibrary(invocation.TargetMethod, "SoftMax"):
                    _librarySoftmaxCalls.Add(invocation);
                    break;
                case IInvocationOperation add when IsListAppend(add):
                    _listAdds.Add(add);
                    break;
            }
        }
    }

    /// <summary>
    /// <c>var (max, sum) = (float.MinValue, 0f)</c>: each element of the target tuple is written with the matching element
    /// of a tuple literal. Never a fold, so every such write is a reset. A record read whole, <c>var (d, token) = row[k]</c>
    /// (a tuple or a record with a <c>Deconstruct</c>), writes each element with that record: like a member read, the
    /// element holds what the record holds (its members are not told apart, see Tuples.cs). Anything else is an
    /// unknown value.
    /// </summary>
    private void RecordDeconstruction(IOperation target, IOperation? value, IOperation write)
    {
        target = Unwrap(target)!;
        if (target is IDeclarationExpressionOperation declaration)
        {
            target = Unwrap(declaration.Expression)!;
        }

        if (target is ITupleOperation targets)
        {
            var values = Unwrap(value) is ITupleOperation tuple && tuple.Elements.Length == targets.Elements.Length ? tuple : null;
            var whole = values is null && IsRecordRead(value) ? value : null;
            for (var index = 0; index < targets.Elements.Length; index++)
            {
                RecordDeconstruction(targets.Elements[index], values?.Elements[index] ?? whole, write);
            }

            return;
        }

        if (target is not IDiscardOperation)
        {
            RecordWrite(target, write, value);
        }
    }

    /// <summary>A read of one record (an element, a variable or a member; no call, no literal) of a tuple or record type.</summary>
    private static bool IsRecordRead(IOperation? value) =>
        Unwrap(value) is (IArrayElementReferenceOperation or IPropertyReferenceOperation or IFieldReferenceOperation or ILocalReferenceOperation or IParameterReferenceOperation)
            and var read && WellKnownSymbols.IsRecord(read.Type);

    private void RecordWrite(IOperation target, IOperation write, IOperation? value)
    {
        target = Unwrap(target)!;
        if (target is IDeclarationExpressionOperation declaration)
        {
            // out float max
            target = Unwrap(declaration.Expression)!;
        }

        if (AliasedElement(VariableOf(target)) is { } aliased && !(write is ISimpleAssignmentOperation { IsRef: true }))
        {
            // peak = MathF.Max(peak, v) through ref float peak = ref peaks[k]: a write of peaks[k].
            _elementWrites.Add(new ElementWrite(write, aliased, value));
        }
        else if (VariableOf(target) is { } variable)
        {
            AddVariableWrite(variable, write, target, value);
            RecordTupleElementWrites(variable, write, target, value);

            // c.P = MathF.Exp(c.Logit): also a write into the element c of a buffer of records, if c is one (RootOf decides).
            if (MayBeMemberOfElement(target))
            {
                _elementWrites.Add(new ElementWrite(write, target, value));
            }
        }
        else if (IsElementAccess(target))
        {
            _elementWrites.Add(new ElementWrite(write, target, value));
        }
    }

    private void AddVariableWrite(ISymbol symbol, IOperation write, IOperation? target, IOperation? value)
    {
        if (!_variableWrites.TryGetValue(symbol, out var list))
        {
            list = new List<VariableWrite>();
            _variableWrites[symbol] = list;
        }

        list.Add(new VariableWrite(write, target, value));
    }

    /// <summary>
    /// The element writes into the buffer <paramref name="root"/>, in source order. Indexed by root on first use once
    /// the writes are collected: one <see cref="RootOf"/> per write, not per question (a long method of many softmaxes
    /// asks once per site).
    /// </summary>
    private IEnumerable<ElementWrite> ElementWritesInto(ISymbol? root)
    {
        if (!_writesCollected)
        {
            return _elementWrites.Where(write => SymbolEqualityComparer.Default.Equals(RootOf(write.Target), root));
        }

        if (_elementWritesByRoot is null)
        {
            _elementWritesByRoot = new Dictionary<ISymbol, List<ElementWrite>>(SymbolEqualityComparer.Default);
            foreach (var write in _elementWrites)
            {
                if (RootOf(write.Target) is { } written)
                {
                    if (!_elementWritesByRoot.TryGetValue(written, out var list))
                    {
                        list = new List<ElementWrite>();
                        _elementWritesByRoot[written] = list;
                    }

                    list.Add(write);
                }
            }
        }

        if (root is not null && _elementWritesByRoot.TryGetValue(root, out var writes))
        {
            return new ReadCountingList<ElementWrite>(writes, _countWriteRead);
        }

        return System.Array.Empty<ElementWrite>();
    }

    private IReadOnlyList<VariableWrite> WritesOf(ISymbol symbol)
    {
        if (_variableWrites.TryGetValue(symbol, out var list))
        {
            return new ReadCountingList<VariableWrite>(list, _countWriteRead);
        }

        return System.Array.Empty<VariableWrite>();
    }

    /// <summary>
    /// <c>i</c> of <c>for (...; ...; i++)</c>, of <c>while (...) { ...; i += 1; }</c>: each loop that steps a local,
    /// with the step (<c>offset += cols</c> steps by <c>cols</c>, so <c>x[offset + j]</c> has <c>offset</c> at stride cols).
    /// </summary>
    private void CollectInductionVariables()
    {
        foreach (var pair in _variableWrites)
        {
            if (pair.Key is not ILocalSymbol local)
            {
                continue;
            }

            foreach (var write in pair.Value)
            {
                // for (k = t; k < t + 1; k++) walks t alone: k reads as t (OnePassLoops.cs).
                if (IsStep(write, local) && EnclosingLoop(write.Operation) is { } loop && !IsRunningSumStep(write, local, loop) && !RecordOnePassCounter(local, loop))
                {
                    if (!_inductionLoops.TryGetValue(local, out var loops))
                    {
                        loops = new List<(IOperation, Stride)>();
                        _inductionLoops[local] = loops;
                    }

                    loops.Add((loop, StepOf(write.Operation, local)));
                }
            }
        }
    }

    /// <summary>How far one step moves the local: <c>o += cols</c> and <c>o = o + cols</c> by cols, <c>i++</c> by one.</summary>
    private Stride StepOf(IOperation step, ILocalSymbol local) => step switch
    {
        ICompoundAssignmentOperation compound => Linear(compound.Value).Constant ?? Stride.Unknown,
        ISimpleAssignmentOperation { Value: var value } when Unwrap(value) is IBinaryOperation binary =>
            Linear(References(binary.LeftOperand, local) ? binary.RightOperand : binary.LeftOperand).Constant ?? Stride.Unknown,
        _ => Stride.One,
    };

    private static bool IsStep(VariableWrite write, ILocalSymbol local) => write.Operation switch
    {
        IIncrementOrDecrementOperation => true,
        ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } compound =>
            compound.Value.ConstantValue.HasValue || VariableOf(Unwrap(compound.Value)) is not null,
        ISimpleAssignmentOperation { Value: var value } => Unwrap(value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } binary
            && (References(binary.LeftOperand, local) || References(binary.RightOperand, local)),
        _ => false,
    };

    /// <summary>
    /// Values stored into buffer elements, to a fixpoint (an exp stored in <c>e</c>, copied into <c>y</c>). Only what
    /// matters to the rules is stored (exps, shifts, probabilities); a buffer of plain copies or arithmetic changes
    /// nothing, so most numeric methods take one cheap round and keep their value caches.
    /// </summary>
    private void PropagateStoredValues()
    {
        StoreHelperShifts();
        StoreHelperExps();
        for (var round = 0; round < FixpointRounds; round++)
        {
            var changed = false;
            var stores = new List<(ISymbol Root, ValueFacts Facts)>();
            foreach (var write in _elementWrites)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (write.Value is null || RootOf(write.Target) is not { } root)
                {
                    continue;
                }

                stores.Add((root, StoredFacts(write).WithoutDims()));
            }

            foreach (var call in _operations.OfType<IInvocationOperation>())
            {
                if (ElementwiseCall(call) is { } elementwise && elementwise.Destination is { Root: { } destination })
                {
                    stores.Add((destination, elementwise.Result.WithoutDims()));
                }
                else if (VectorStore(call) is { } store)
                {
                    stores.Add((store.Root, store.Facts));
                }
            }

            // A bound holds for a buffer's elements only when every value stored into it is bounded (BoundedStores.cs).
            foreach (var store in WithoutUnprovenBounds(stores))
            {
                changed |= Store(store.Root, store.Facts);
            }

            foreach (var add in _listAdds)
            {
                if (RootOf(add.Instance!) is { } list)
                {
                    changed |= Store(list, AddedFacts(add).WithoutDims());
                }
            }

            if (!changed)
            {
                break;
            }

            // What was computed so far read the buffers without the facts just stored.
            ClearValueCaches();
        }
    }

    /// <summary>
    /// What <c>list.Add(value)</c> stores: the value, or the elements of an added row; what <c>list.AddRange(source)</c>
    /// stores: every element of the source, the call walking it (nothing known of a source the model does not read).
    /// </summary>
    private ValueFacts AddedFacts(IInvocationOperation add)
    {
        var value = AddedOperand(add);
        if (EvalView(value) is { } row)
        {
            return RowElements(row, add);
        }

        return AddsEveryElement(add) ? ValueFacts.Opaque() : Eval(value);
    }

    /// <summary>The elements a row put into a buffer of rows holds (every element of a row of rows).</summary>
    private ValueFacts RowElements(BufferView row, IOperation at) => IteratedElement(row.ElementIsRow ? row.Flatten() : row, at) ?? ValueFacts.Empty;

    private ValueFacts StoredFacts(ElementWrite write)
    {
        if (StoredRow(write) is { } row)
        {
            // rows[key] = w: the buffer of rows holds w's elements.
            return RowElements(row, write.Operation);
        }

        var value = Eval(write.Value);
        return write.Operation is ICompoundAssignmentOperation compound
            ? Eval(compound.Target).Merge(CompoundResult(value, compound))
            : value;
    }

    /// <summary>
    /// What <c>t op= v</c> adds to <c>t</c>'s facts: a division by a sum of exps makes probabilities, and a subtraction
    /// (<c>x[i, j] -= max</c>, an in-place shift) shifts <c>t</c> by <c>v</c> just as <c>x[i, j] - max</c> would.
    /// </summary>
    private ValueFacts CompoundResult(ValueFacts value, ICompoundAssignmentOperation compound) =>
        compound.OperatorKind == BinaryOperatorKind.Subtract
            ? value.WithoutDims().With(rawRoots: ValueFacts.Empty.RawRoots, shifts: value.Shifts.Add(Unwrap(compound.Value)!))
            : DivisionResult(value, compound.OperatorKind, compound.Value);

    private ValueFacts DivisionResult(ValueFacts value, BinaryOperatorKind kind, IOperation divisor) =>
        (kind == BinaryOperatorKind.Divide && HasLogitExps(value) && IsNormalisingSum(divisor))
        || (kind == BinaryOperatorKind.Multiply && HasLogitExps(value) && IsReciprocalOfNormalisingSum(divisor))
            ? value.With(isProbability: true)
            : value;

    private bool Store(ISymbol root, ValueFacts facts)
    {
        if (facts.Exps.Count == 0 && facts.Shifts.Count == 0 && !facts.IsProbability)
        {
            return false;
        }

        if (_stored.TryGetValue(root, out var existing))
        {
            if (existing.Covers(facts))
            {
                return false;
            }

            _stored[root] = existing.Merge(facts);
            _factsVersion++;
            return true;
        }

        _stored[root] = facts;
        _factsVersion++;
        return true;
    }

    /// <summary>Element writes and elementwise library calls say which dimensions of two buffers are the same axis.</summary>
    private void LinkDimensions()
    {
        foreach (var write in _elementWrites)
        {
            if (write.Value is null)
            {
                continue;
            }

            var target = ElementDims(write.Target);
            var value = LinkDecomposedRowReads(write.Target, write.Value, Eval(write.Value).Dims);
            Link(target, value);
        }

        foreach (var call in _operations.OfType<IInvocationOperation>())
        {
            if (ElementwiseCall(call) is { Destination: { } destination, Source: { } source })
            {
                foreach (var atom in destination.IteratedAtoms(all: true))
                {
                    foreach (var other in source.IteratedAtoms(all: true))
                    {
                        Classes.Union(atom, other);
                    }
                }

                // Subtract(x.AsSpan(r * cols, cols), m, y.AsSpan(r * cols, cols)): slices picked by the same loop are
                // the same axis, and x's stride cols is seen (a whole-buffer TensorPrimitives.Max(x) then spans it).
                foreach (var atom in source.FixedDims.Values.SelectMany(atoms => atoms))
                {
                    Classes.Add(atom);
                }

                Link(destination.FixedDims, source.FixedDims);
            }
        }

        LinkAlignedCopies();
        LinkSiblingWrites();
        LinkListAdds();
        LinkRowStores();
        LinkKeyedReads();
        LinkHelperDimensions();

        // Locals that hold values (e = exp(x[i, j] - m)) carry their dims to the reads; assignments between
        // locals need no link: the dims travel with the facts.
    }

    private static bool SameKeys(ImmutableHashSet<DimensionAtom> first, ImmutableHashSet<DimensionAtom> second) =>
        first.Count == second.Count && first.Select(atom => atom.Key).OrderBy(key => key, System.StringComparer.Ordinal)
            .SequenceEqual(second.Select(atom => atom.Key).OrderBy(key => key, System.StringComparer.Ordinal), System.StringComparer.Ordinal);

    private void LinkOne(DimensionAtom level, IEnumerable<DimensionAtom> atoms)
    {
        var distinct = atoms.Distinct().ToList();
        if (distinct.Count == 1)
        {
            Classes.Union(level, distinct[0]);
        }
    }

    private void Link(
        ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> target,
        ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> value)
    {
        foreach (var pair in target)
        {
            foreach (var atom in pair.Value)
            {
                Classes.Add(atom);
            }

            if (!value.TryGetValue(pair.Key, out var atoms))
            {
                continue;
            }

            // One loop walking a whole block of each buffer ({s:1, s:inner, s:axis} on both sides): stride to stride.
            if (pair.Value.Count > 1 && SameKeys(pair.Value, atoms))
            {
                foreach (var first in pair.Value)
                {
                    Classes.Union(first, atoms.First(second => second.Key == first.Key));
                }

                continue;
            }

            foreach (var first in pair.Value)
            {
                foreach (var second in atoms)
                {
                    Classes.Union(first, second);
                }
            }
        }
    }

    private sealed class VariableWrite
    {
        public VariableWrite(IOperation operation, IOperation? target, IOperation? value)
        {
            Operation = operation;
            Target = target;
            Value = value;
        }

        /// <summary>The assignment, declarator, increment or ref argument.</summary>
        public IOperation Operation { get; }

        public IOperation? Target { get; }

        public IOperation? Value { get; }
    }

    private sealed class ElementWrite
    {
        public ElementWrite(IOperation operation, IOperation target, IOperation? value)
        {
            Operation = operation;
            Target = target;
            Value = value;
        }

        public IOperation Operation { get; }

        /// <summary>The element reference written (<c>y[i, j]</c>).</summary>
        public IOperation Target { get; }

        public IOperation? Value { get; }
    }
}
