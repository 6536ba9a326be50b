using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Provenance of probabilities from outside the method's own softmax sites: a field of the type written by another
/// of its methods (the forward pass of a layer), a method of the same type that returns probabilities or writes them
/// into a buffer argument (a helper), a buffer assigned from another buffer, and the library softmaxes
/// (<c>LayerGen.Softmax.Forward</c>, <c>TensorPrimitives.SoftMax</c>). Helpers and fields are followed
/// <see cref="MaxProvenanceDepth"/> levels deep, within the same syntax tree; what they contribute is only that the
/// buffer holds probabilities (<see cref="ValueFacts.IsProbability"/>), never their operations. A helper is modelled
/// only when it (or a same-type method it calls, within the depth) calls an exp, <c>SoftMax</c> or <c>Forward</c>, and
/// only when it has at most <see cref="MaxNestedModelNodes"/> syntax nodes.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The method itself is level 0; a field's writer or a helper is level 1; their helpers level 2.</summary>
    private const int MaxProvenanceDepth = 2;

    /// <summary>
    /// A helper or field writer with more syntax nodes than this is not modelled (its buffers are not seen to hold
    /// probabilities): a softmax is a few hundred nodes, a generated series evaluation of thousands of lines would cost
    /// seconds per caller and make none.
    /// </summary>
    private const int MaxNestedModelNodes = 5000;

    private static readonly ValueFacts ProbabilityContent = ValueFacts.Empty.With(isProbability: true);

    private readonly CycleGuard<ISymbol> _importsInProgress = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, List<ProbabilitySource>> _probabilitySources = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, bool> _fieldContent = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, ValueFacts> _importedContent = new(SymbolEqualityComparer.Default);
    private int _importCycleCuts;
    private int _depth;
    private Dictionary<SyntaxNode, SoftmaxModel?> _nestedModels = new();
    private ImmutableArray<IInvocationOperation>? _invocations;
    private ISymbol? _owner;
    private bool _ownerKnown;

    /// <summary>The method (or accessor, constructor, top-level code) whose body this model describes.</summary>
    public ISymbol? Owner
    {
        get
        {
            if (!_ownerKnown)
            {
                _ownerKnown = true;
                if (_inlined is not null)
                {
                    _owner = _inlined.Owner;
                    return _owner;
                }

                var semanticModel = SourceModel;
                var declared = _root.Syntax is CompilationUnitSyntax ? null : semanticModel?.GetDeclaredSymbol(_root.Syntax, _cancellationToken);
                _owner = (declared ?? semanticModel?.GetEnclosingSymbol(BodyPosition(), _cancellationToken)) switch
                {
                    IMethodSymbol { MethodKind: MethodKind.LambdaMethod or MethodKind.LocalFunction } inner => OutermostMethod(inner),
                    var symbol => symbol,
                };
            }

            return _owner;
        }
    }

    /// <summary>A position inside the body (a method declaration starts with its modifiers, outside its own scope).</summary>
    private int BodyPosition() => _root.Syntax switch
    {
        BaseMethodDeclarationSyntax { Body: { } body } => body.SpanStart + 1,
        BaseMethodDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression.SpanStart,
        AccessorDeclarationSyntax { Body: { } body } => body.SpanStart + 1,
        _ => _root.Syntax.SpanStart,
    };

    /// <summary>The probability sources recorded for a buffer (for the code fixes: which softmax slice it holds).</summary>
    public IReadOnlyList<ProbabilitySource> ProbabilitySourcesOf(ISymbol root)
    {
        _ = ImportedContent(root);
        return _probabilitySources.TryGetValue(root, out var sources) ? sources : (IReadOnlyList<ProbabilitySource>)System.Array.Empty<ProbabilitySource>();
    }

    /// <summary>
    /// What other code stores into the elements of <paramref name="root"/>: probabilities from a field's writers, a
    /// helper's returned buffer, a helper's buffer parameter, an aliased buffer or a library softmax.
    /// </summary>
    /// <remarks>
    /// Cached per root: every element read asks, and a helper's calls are walked for each. The answer reads views and
    /// stored facts, so the cache is cleared with the value caches when a fixpoint round changes them; an answer cut
    /// short by a cycle (a root already in progress counts as empty) is not cached.
    /// </remarks>
    private ValueFacts ImportedContent(ISymbol root)
    {
        if (_importedContent.TryGetValue(root, out var known))
        {
            return known;
        }

        if (!_importsInProgress.TryEnter(root, _cycles))
        {
            _importCycleCuts++;
            return ValueFacts.Empty;
        }

        var cutsBefore = _importCycleCuts;
        try
        {
            var isProbability = false;
            foreach (var write in WritesOf(root))
            {
                isProbability |= write.Value is { } value && AssignedBufferHoldsProbabilities(root, value);
            }

            isProbability |= RowStoresHoldProbabilities(root);
            isProbability |= LibrarySoftmaxWrites(root);
            isProbability |= HelperWritesProbabilities(root);
            isProbability |= FieldWritersStoreProbabilities(root);
            var content = isProbability ? ProbabilityContent : ValueFacts.Empty;
            if (_importCycleCuts == cutsBefore)
            {
                _importedContent[root] = content;
            }

            return content;
        }
        finally
        {
            _importsInProgress.Exit(root);
        }
    }

    /// <summary><c>buffer = probs</c>, <c>buffer = Softmax(x)</c>, <c>buffer = e.Select(v =&gt; v / s).ToArray()</c>.</summary>
    private bool AssignedBufferHoldsProbabilities(ISymbol root, IOperation value)
    {
        value = Unwrap(value)!;
        if (value is IInvocationOperation call && ProbabilityHelperModel(call) is { } helper)
        {
            if (helper.ReturnedContent().IsProbability)
            {
                Record(root, new ProbabilitySource(helper, helper.ReturnedRoot(), call));
                return true;
            }

            return false;
        }

        var view = EvalView(value);
        if (view is { Layout: BufferLayout.Sequence, Elements: { IsProbability: true } })
        {
            Record(root, new ProbabilitySource(this, view.Root, value));
            return true;
        }

        if (view?.Root is { } other && !SymbolEqualityComparer.Default.Equals(other, root) && view.Layout != BufferLayout.Sequence
            && ElementFacts(other, StableKeys.Map<ImmutableHashSet<DimensionAtom>>()).IsProbability)
        {
            Record(root, new ProbabilitySource(this, other, value));
            return true;
        }

        return false;
    }

    /// <summary><c>batch[b] = probs</c>: a row of a jagged buffer replaced by a buffer of probabilities.</summary>
    private bool RowStoresHoldProbabilities(ISymbol root)
    {
        foreach (var write in _elementWrites)
        {
            if (write.Value is { } value && WellKnownSymbols.IsBuffer(value.Type) && SymbolEqualityComparer.Default.Equals(RootOf(write.Target), root)
                && AssignedBufferHoldsProbabilities(root, value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>LayerGen.Softmax.Forward(x, y, cols)</c> and <c>TensorPrimitives.SoftMax(x, y)</c> write probabilities into y.</summary>
    private bool LibrarySoftmaxWrites(ISymbol root)
    {
        foreach (var call in Invocations())
        {
            var method = call.TargetMethod;
            var isLibrary = (method.Name == "Forward" && SymbolEqualityComparer.Default.Equals(method.ContainingType, Symbols.LayerGenSoftmax))
                || Symbols.IsTensorLibrary(method, "SoftMax");
            if (isLibrary && call.Arguments.Length >= 2 && SymbolEqualityComparer.Default.Equals(EvalView(call.Arguments[1].Value)?.Root, root))
            {
                Record(root, new ProbabilitySource(this, null, call));
                return true;
            }
        }

        return false;
    }

    /// <summary><c>Softmax(logits, probs)</c>: a helper of the same type that stores probabilities into a buffer parameter.</summary>
    private bool HelperWritesProbabilities(ISymbol root)
    {
        foreach (var call in Invocations())
        {
            if (ProbabilityHelperModel(call) is not { } helper)
            {
                continue;
            }

            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter is { } parameter && WellKnownSymbols.IsBuffer(parameter.Type)
                    && SymbolEqualityComparer.Default.Equals(EvalView(argument.Value)?.Root, root)
                    && helper.ElementFacts(parameter, StableKeys.Map<ImmutableHashSet<DimensionAtom>>()).IsProbability)
                {
                    Record(root, new ProbabilitySource(helper, parameter, call));
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A field or property of this type or a base type into which another method of the type or its bases stores
    /// probabilities (a base class's forward pass through the layer's overridden activation included), and which no
    /// other method of them (constructors aside) fills with other values (<see cref="WritesOtherValues"/>).
    /// </summary>
    private bool FieldWritersStoreProbabilities(ISymbol root)
    {
        if (root is not (IFieldSymbol or IPropertySymbol) || _depth > 0 || Owner is not { ContainingType: { } type } owner
            || !IsOnThisTypeChain(root.ContainingType) || !SymbolEqualityComparer.Default.Equals(ThisType?.OriginalDefinition, type.OriginalDefinition))
        {
            return false;
        }

        if (_fieldContent.TryGetValue(root, out var known))
        {
            return known;
        }

        _fieldContent[root] = false;
        var found = false;
        var others = new List<IMethodSymbol>();
        foreach (var method in ThisTypeChain().SelectMany(link => link.GetMembers()).OfType<IMethodSymbol>())
        {
            if (SymbolEqualityComparer.Default.Equals(method, owner) || method.MethodKind is MethodKind.Constructor or MethodKind.StaticConstructor
                || !NamesAnywhere(method, root.Name))
            {
                continue;
            }

            if (MayWrite(method, root.Name) && MayMakeProbabilities(method) && NestedModel(method) is { } writer
                && writer.ElementFacts(root, StableKeys.Map<ImmutableHashSet<DimensionAtom>>()).IsProbability)
            {
                Record(root, new ProbabilitySource(writer, root, null));
                found = true;
            }
            else
            {
                others.Add(method);
            }
        }

        // Only a member some method fills with probabilities is worth asking every other mention about.
        found = found && !others.Any(method => WritesOtherValues(method, root)) && !OtherTypesInFileWrite(root);
        _fieldContent[root] = found;
        return found;
    }

    /// <summary>
    /// True when the block may read probabilities it did not compute (so its loss and backward code is worth a full
    /// model although it has no softmax of its own): it takes a log, reads a numeric buffer or user tensor field or
    /// property of its type or a base class, or calls a method of its type or a library softmax. A helper or field writer (a nested model) is always
    /// modelled in full: it was asked about because another method uses it.
    /// </summary>
    private bool MayReadProbabilitiesFromElsewhere()
    {
        if (_depth > 0)
        {
            return true;
        }

        if (Owner is not { ContainingType: { } type })
        {
            return false;
        }

        foreach (var operation in _operations)
        {
            switch (operation)
            {
                case IInvocationOperation call when Symbols.IsLog(call.TargetMethod) || Symbols.IsLogInBase(call.TargetMethod) || call.TargetMethod.Name is "Forward" or "SoftMax"
                    || SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType?.OriginalDefinition, type.OriginalDefinition):
                case IMethodReferenceOperation reference when Symbols.IsLog(reference.Method):
                case IFieldReferenceOperation field when MemberStorage.MayHoldValues(field.Type) && MemberStorage.IsDeclaredOnTypeOrBase(field.Field, type):
                case IPropertyReferenceOperation property when MemberStorage.MayHoldValues(property.Type) && MemberStorage.IsDeclaredOnTypeOrBase(property.Property, type):
                    return true;
            }
        }

        return false;
    }

    /// <summary>Findings of the loss and backward rules stand only in a block that compiles (checked once, lazily).</summary>
    private bool CompilesForFindings => _compilesForFindings ??= !HasErrors && !HasCompilationErrors();

    private bool? _compilesForFindings;

    private List<T> OnlyIfCompiles<T>(List<T> findings)
    {
        if (findings.Count > 0 && !CompilesForFindings)
        {
            findings.Clear();
        }

        return findings;
    }

    /// <summary>Facts of a call of a same-type helper that returns one probability (<c>P(x, k)</c>); null otherwise.</summary>
    private ValueFacts? HelperValue(IInvocationOperation invocation) =>
        WellKnownSymbols.IsNumeric(invocation.Type) && ProbabilityHelperModel(invocation) is { } helper && helper.ReturnedContent().IsProbability
            ? ProbabilityContent
            : null;

    /// <summary>What the method returns: a buffer's elements, a sequence's elements, or a scalar value.</summary>
    private ValueFacts ReturnedContent()
    {
        var facts = ValueFacts.Empty;
        foreach (var value in ReturnedValues())
        {
            var view = EvalView(value);
            var returned = view switch
            {
                { Layout: BufferLayout.Sequence } => view.Elements ?? ValueFacts.Empty,
                { Root: { } root } => ElementFacts(root, StableKeys.Map<ImmutableHashSet<DimensionAtom>>()),
                _ => Eval(value),
            };
            facts = facts.Merge(returned.WithoutDims());
        }

        return facts;
    }

    /// <summary>The buffer variable a helper returns (for its slice), when it returns one.</summary>
    private ISymbol? ReturnedRoot() => ReturnedValues().Select(value => EvalView(value)?.Root).FirstOrDefault(root => root is not null);

    private IEnumerable<IOperation> ReturnedValues()
    {
        foreach (var operation in _operations)
        {
            if (operation is IReturnOperation { ReturnedValue: { } value } && !IsInNestedFunction(operation, _root))
            {
                yield return value;
            }
        }
    }

    /// <summary>The model of a helper that may make probabilities (see <see cref="MayMakeProbabilities"/>), else null.</summary>
    private SoftmaxModel? ProbabilityHelperModel(IMethodSymbol method) => MayMakeProbabilities(method) ? HelperModel(method) ?? OtherTypeStaticHelperModel(method) : null;

    /// <summary>The model of the helper a call runs (a virtual method on <c>this</c>: its override), when it may make probabilities.</summary>
    private SoftmaxModel? ProbabilityHelperModel(IInvocationOperation call) => ProbabilityHelperModel(CalledOnThis(call));

    /// <summary>
    /// A filter before a nested model is built: the method calls something named <c>…Exp</c>, <c>Pow</c>, <c>SoftMax</c> or
    /// <c>Forward</c>, or calls (unqualified or through <c>this</c>) a method of its type, or a static method of another type, in this tree that does, as
    /// deep as that method would itself be followed (<see cref="MaxProvenanceDepth"/>). A long numeric helper that
    /// only calls its own non-exp helpers is not modelled. Answers are memoised per compilation.
    /// </summary>
    private bool MayMakeProbabilities(IMethodSymbol method) => MakesProbabilities(method.OriginalDefinition, MaxProvenanceDepth - _depth - 1);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, System.Collections.Concurrent.ConcurrentDictionary<(IMethodSymbol, int, ITypeSymbol?), bool>> ProbabilityMakers = new();

    private bool MakesProbabilities(IMethodSymbol method, int helperLevels)
    {
        // A local function of an inlined method lives in the inlined body's tree: bind its calls with that tree's model.
        if (method.DeclaringSyntaxReferences.Length != 1 || !IsInSource(method.DeclaringSyntaxReferences[0].SyntaxTree)
            || ModelFor(method.DeclaringSyntaxReferences[0].SyntaxTree) is not { } semanticModel)
        {
            return false;
        }

        var known = ProbabilityMakers.GetValue(semanticModel.Compilation, _ => new(new MakerKeyComparer()));
        // Virtual calls on this are resolved on ThisType, so the answer is per (method, levels, ThisType).
        var key = (method, helperLevels, ThisType?.OriginalDefinition);
        if (known.TryGetValue(key, out var answer))
        {
            return answer;
        }

        answer = false;
        var sameTypeCalls = new List<InvocationExpressionSyntax>();
        foreach (var call in method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            var name = call.Expression switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                GenericNameSyntax generic => generic.Identifier.ValueText,
                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                _ => string.Empty,
            };
            if (name is "SoftMax" or "Forward" or "Pow" || WellKnownSymbols.MayNameAnExp(name))
            {
                answer = true;
                break;
            }

            // Also Utils.Softmax(x): a static helper of another type (SoftmaxModel.StaticHelperProvenance.cs).
            if (call.Expression is IdentifierNameSyntax or GenericNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or IdentifierNameSyntax })
            {
                sameTypeCalls.Add(call);
            }
        }

        if (!answer && helperLevels > 0)
        {
            var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default) { method };
            foreach (var call in sameTypeCalls)
            {
                if (semanticModel.GetSymbolInfo(call, _cancellationToken).Symbol is IMethodSymbol callee
                    && (SymbolEqualityComparer.Default.Equals(callee.ContainingType?.OriginalDefinition, method.ContainingType?.OriginalDefinition)
                        || callee is { IsStatic: true, IsExtensionMethod: false, MethodKind: MethodKind.Ordinary })
                    && OverrideOnThis(callee) is var runs && visited.Add(runs.OriginalDefinition) && MakesProbabilities(runs.OriginalDefinition, helperLevels - 1))
                {
                    answer = true;
                    break;
                }
            }
        }

        known[key] = answer;
        return answer;
    }

    private sealed class MakerKeyComparer : IEqualityComparer<(IMethodSymbol Method, int Levels, ITypeSymbol? ThisType)>
    {
        public bool Equals((IMethodSymbol Method, int Levels, ITypeSymbol? ThisType) x, (IMethodSymbol Method, int Levels, ITypeSymbol? ThisType) y) =>
            x.Levels == y.Levels && SymbolEqualityComparer.Default.Equals(x.Method, y.Method) && SymbolEqualityComparer.Default.Equals(x.ThisType, y.ThisType);

        public int GetHashCode((IMethodSymbol Method, int Levels, ITypeSymbol? ThisType) key) =>
            (SymbolEqualityComparer.Default.GetHashCode(key.Method) * 31 + key.Levels) * 31 + SymbolEqualityComparer.Default.GetHashCode(key.ThisType);
    }

    /// <summary>The model of a method of the same type, declared in this tree, one more level deep; null beyond the depth.</summary>
    private SoftmaxModel? HelperModel(IMethodSymbol method)
    {
        // An override reached through a base class's virtual call (see OverrideOnThis) runs on the same instance.
        if (_depth >= MaxProvenanceDepth || Owner is not { ContainingType: { } type } owner || method.IsExtensionMethod
            || !(SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, type.OriginalDefinition)
                || method.IsOverride && IsOnThisTypeChain(method.ContainingType) && IsOnThisTypeChain(type))
            || SymbolEqualityComparer.Default.Equals(method.OriginalDefinition, owner.OriginalDefinition))
        {
            return null;
        }

        return NestedModel(method.OriginalDefinition);
    }

    private SoftmaxModel? NestedModel(IMethodSymbol method)
    {
        if (method.DeclaringSyntaxReferences.Length != 1 || SourceModel is not { } semanticModel)
        {
            return null;
        }

        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
        if (syntax.SyntaxTree != semanticModel.SyntaxTree || syntax is not (BaseMethodDeclarationSyntax or AccessorDeclarationSyntax))
        {
            return null;
        }

        if (_nestedModels.TryGetValue(syntax, out var known))
        {
            return known;
        }

        _nestedModels[syntax] = null;
        if (syntax.DescendantNodes().Skip(MaxNestedModelNodes).Any())
        {
            return null;
        }

        SoftmaxModel? nested = null;
        if (semanticModel.GetOperation(syntax, _cancellationToken) is { } body and (IMethodBodyOperation or IConstructorBodyOperation or IBlockOperation))
        {
            nested = new SoftmaxModel(body, Symbols, () => FlowIndex.Build(GraphOf(body), _cancellationToken), _depth + 1 < MaxProvenanceDepth, _cancellationToken)
            {
                _depth = _depth + 1,
                _nestedModels = _nestedModels,
                _thisType = ThisType,
            };
            nested.Analyse();
            if (nested.HasErrors)
            {
                nested = null;
            }
        }

        _nestedModels[syntax] = nested;
        return nested;
    }

    private ControlFlowGraph? GraphOf(IOperation body)
    {
        try
        {
            return body switch
            {
                IMethodBodyOperation method => ControlFlowGraph.Create(method, _cancellationToken),
                IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor, _cancellationToken),
                IBlockOperation { Parent: null } block => ControlFlowGraph.Create(block, _cancellationToken),
                _ => null,
            };
        }
        catch (System.ArgumentException)
        {
            return null;
        }
    }

    /// <summary>True when the declaration of <paramref name="method"/>, in any file, names <paramref name="name"/> (a cheap filter).</summary>
    private bool NamesAnywhere(IMethodSymbol method, string name) =>
        method.DeclaringSyntaxReferences.Length == 1
        && method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken).DescendantTokens()
            .Any(token => token.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken) && token.ValueText == name);

    /// <summary>
    /// A cheap syntactic filter for a writer of <paramref name="name"/>: the name occurs on the left of an assignment,
    /// as an argument, or as the receiver of a call (<c>_y.AsSpan()</c>).
    /// </summary>
    private bool MayWrite(IMethodSymbol method, string name)
    {
        if (method.DeclaringSyntaxReferences.Length != 1 || !IsInSource(method.DeclaringSyntaxReferences[0].SyntaxTree))
        {
            return false;
        }

        foreach (var identifier in method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken).DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != name)
            {
                continue;
            }

            foreach (var ancestor in identifier.Ancestors())
            {
                if (ancestor is AssignmentExpressionSyntax assignment)
                {
                    if (assignment.Left.Span.Contains(identifier.Span))
                    {
                        return true;
                    }

                    break;
                }

                if (ancestor is ArgumentSyntax or InvocationExpressionSyntax)
                {
                    return true;
                }

                if (ancestor is StatementSyntax)
                {
                    break;
                }
            }
        }

        return false;
    }

    private ImmutableArray<IInvocationOperation> Invocations() =>
        _invocations ??= _operations.OfType<IInvocationOperation>().ToImmutableArray();

    private void Record(ISymbol root, ProbabilitySource source)
    {
        if (!_probabilitySources.TryGetValue(root, out var list))
        {
            list = new List<ProbabilitySource>();
            _probabilitySources[root] = list;
        }

        if (!list.Any(existing => existing.Model == source.Model && SymbolEqualityComparer.Default.Equals(existing.Root, source.Root) && existing.Origin == source.Origin))
        {
            list.Add(source);
        }
    }

    private static ISymbol OutermostMethod(IMethodSymbol method)
    {
        ISymbol current = method;
        while (current is IMethodSymbol { MethodKind: MethodKind.LambdaMethod or MethodKind.LocalFunction } && current.ContainingSymbol is { } container)
        {
            current = container;
        }

        return current;
    }
}

/// <summary>Where a buffer's probabilities come from: a model (this method's or a helper's/writer's) and the buffer there.</summary>
internal sealed class ProbabilitySource
{
    public ProbabilitySource(SoftmaxModel model, ISymbol? root, IOperation? origin)
    {
        Model = model;
        Root = root;
        Origin = origin;
    }

    /// <summary>The model holding the softmax that produced the probabilities.</summary>
    public SoftmaxModel Model { get; }

    /// <summary>The buffer the probabilities were stored into in <see cref="Model"/>; null for a library softmax.</summary>
    public ISymbol? Root { get; }

    /// <summary>The call or assignment in this method that brought them (null for a field's writer).</summary>
    public IOperation? Origin { get; }
}
