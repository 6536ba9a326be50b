// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using LayerGen.Generator.Model;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using LayerGen.Analyzers;
using LayerGen.Differentiation.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// Lowers the body of a user's <c>ForwardRow(ReadOnlySpan&lt;T&gt; x, Span&lt;T&gt; y, ReadOnlySpan&lt;T&gt; p…)</c> from its
/// <see cref="IOperation"/> tree into a <see cref="ForwardRowModel"/>, or reports each construct outside the
/// differentiable subset (LG1110–LG1118) at that construct. Never throws on broken code: a body that does not compile
/// gives no model (the compiler reports it).
/// </summary>
internal sealed partial class ForwardRowLowering
{
    private readonly IMethodSymbol _method;
    private readonly RowSizes _sizes;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DifferentiationProblem> _problems = [];

    /// <summary>The user's statement each lowered statement came from, to place a diagnostic about the model (LG1118).</summary>
    private readonly Dictionary<Statement, SyntaxNode> _origins = new(StatementReferenceComparer.Instance);
    private readonly Dictionary<ILocalSymbol, int> _realLocals = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILocalSymbol, int> _intLocals = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILocalSymbol, int> _buffers = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ILocalSymbol> _rejectedLocals = new(SymbolEqualityComparer.Default);
    private readonly HashSet<int> _loopVariables = [];
    private readonly List<(string Name, RealType Type)> _localInfos = [];
    private readonly List<(string Name, bool IsLoopVariable)> _intInfos = [];
    private readonly List<(string Name, RealType Type, int Length)> _bufferInfos = [];
    private readonly RealType _elementType;
    private bool _broken;

    private ForwardRowLowering(IMethodSymbol method, RealType elementType, RowSizes sizes, CancellationToken cancellationToken)
    {
        _method = method;
        _elementType = elementType;
        _sizes = sizes;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Lowers <paramref name="method"/>, whose body is <paramref name="body"/> (an <see cref="IMethodBodyOperation"/> or
    /// <see cref="IBlockOperation"/>, e.g. from <c>SemanticModel.GetOperation</c> of the method declaration).
    /// </summary>
    public static LoweringResult Lower(IMethodSymbol method, IOperation? body, RowSizes sizes, CancellationToken cancellationToken)
    {
        if (ElementTypeOf(method, sizes) is not { } elementType || BlockOf(body) is not { } block)
        {
            return new LoweringResult(null, ImmutableArray<DifferentiationProblem>.Empty);
        }

        var lowering = new ForwardRowLowering(method, elementType, sizes, cancellationToken);
        return lowering.Run(block);
    }

    /// <summary>Lowers the method declared in <paramref name="semanticModel"/>'s tree (its first declaration with a body).</summary>
    public static LoweringResult Lower(IMethodSymbol method, SemanticModel semanticModel, RowSizes sizes, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != semanticModel.SyntaxTree)
            {
                continue;
            }

            IOperation? body = semanticModel.GetOperation(reference.GetSyntax(cancellationToken), cancellationToken);
            if (BlockOf(body) is not null)
            {
                return Lower(method, body, sizes, cancellationToken);
            }
        }

        return new LoweringResult(null, ImmutableArray<DifferentiationProblem>.Empty);
    }

    /// <summary>
    /// The element type when <paramref name="method"/> has the shape <c>static void ForwardRow(ReadOnlySpan&lt;T&gt;,
    /// Span&lt;T&gt;, ReadOnlySpan&lt;T&gt;…)</c> with T float or double and one length per learnable parameter; otherwise
    /// <see langword="null"/> (the declaration checks report a wrong signature).
    /// </summary>
    public static RealType? ElementTypeOf(IMethodSymbol method, RowSizes sizes)
    {
        if (!method.ReturnsVoid || method.Parameters.Length < 2 || sizes.ParameterLengths.IsDefault ||
            sizes.ParameterLengths.Length != method.Parameters.Length - 2 || method.IsGenericMethod)
        {
            return null;
        }

        RealType? element = SpanElement(method.Parameters[0].Type, "ReadOnlySpan");
        if (element is null || SpanElement(method.Parameters[1].Type, "Span") != element)
        {
            return null;
        }

        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (parameter.RefKind != RefKind.None ||
                (parameter.Ordinal >= 2 && SpanElement(parameter.Type, "ReadOnlySpan") != element))
            {
                return null;
            }
        }

        return element;
    }

    private static IBlockOperation? BlockOf(IOperation? body) => body switch
    {
        IMethodBodyOperation methodBody => methodBody.BlockBody ?? methodBody.ExpressionBody,
        IBlockOperation block => block,
        _ => null,
    };

    private static RealType? SpanElement(ITypeSymbol type, string spanName) =>
        type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named &&
        named.Name == spanName && named.ContainingNamespace?.ToDisplayString() == "System"
            ? RealTypeOf(named.TypeArguments[0])
            : null;

    private static RealType? RealTypeOf(ITypeSymbol? type) => type?.SpecialType switch
    {
        SpecialType.System_Single => RealType.Float,
        SpecialType.System_Double => RealType.Double,
        _ => null,
    };

    private static bool IsInteger(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_Int32;

    private LoweringResult Run(IBlockOperation block)
    {
        var body = new List<Statement>();
        CollectLocalFunctions(block);
        ScanReassigned(block);
        List<IOperation> statements = block.Operations.ToList();

        // A trailing 'return;' at the top level ends the method where it would end anyway.
        if (statements.Count > 0 && statements[statements.Count - 1] is IReturnOperation { ReturnedValue: null })
        {
            statements.RemoveAt(statements.Count - 1);
        }

        LowerStatements(statements, body, [RowReturn]);
        ReportSilencedWithoutCause();
        if (_broken || _problems.Count > 0 || block.Syntax.ContainsDiagnostics)
        {
            return new LoweringResult(null, _problems.ToImmutableArray());
        }

        ForwardRowModel model = BuildModel(body.ToImmutableArray());
        if (OutputReadBeforeWrite.Holds(model))
        {
            // y starts every row at zero, as NumPy's y = np.zeros(n) before y[j] += …: the row's results then depend
            // on neither the caller's output buffer nor the backward's work space.
            body.Insert(0, ClearOutput());
            model = BuildModel(body.ToImmutableArray()) with { OutputStartsAtZero = true };
        }

        int? tape = TapeSizer.Measure(model, out string? failure, out Statement? at);
        if (tape is null)
        {
            // At the loop the message names (its header), else at ForwardRow: the forward pass as a whole.
            Location location = at is not null && _origins.TryGetValue(at, out SyntaxNode? origin) ? HeaderLocation(origin)
                : _method.Locations.FirstOrDefault() ?? Location.None;
            _problems.Add(new DifferentiationProblem(RuleIdentifiers.ForwardRowTooLarge, location, failure ?? "the forward pass", Supported.TapeSize));
            return new LoweringResult(null, _problems.ToImmutableArray());
        }

        return new LoweringResult(model with { TapeLength = tape.Value }, ImmutableArray<DifferentiationProblem>.Empty);
    }

    private ForwardRowModel BuildModel(ImmutableArray<Statement> body)
    {
        // Real locals and buffers are declared once at the top of the generated method, integer locals where the
        // user wrote them: every name except a loop variable's is made unique (loop variables keep theirs).
        var used = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (IParameterSymbol parameter in _method.Parameters)
        {
            used.Add(parameter.Name);
        }

        foreach ((string name, bool isLoopVariable) in _intInfos)
        {
            if (isLoopVariable)
            {
                used.Add(name);
            }
        }

        var intNames = new string[_intInfos.Count];
        for (int i = 0; i < _intInfos.Count; i++)
        {
            intNames[i] = _intInfos[i].IsLoopVariable ? _intInfos[i].Name : Unique(_intInfos[i].Name, used);
        }

        ImmutableArray<LocalInfo> locals = _localInfos.Select(l => new LocalInfo(Unique(l.Name, used), l.Type)).ToImmutableArray();
        ImmutableArray<BufferInfo> buffers = _bufferInfos.Select(b => new BufferInfo(Unique(b.Name, used), b.Type, b.Length)).ToImmutableArray();
        ImmutableArray<ParameterInfo> parameters = _method.Parameters.Skip(2)
            .Select((p, i) => new ParameterInfo(p.Name, _sizes.ParameterLengths[i]))
            .ToImmutableArray();
        return new ForwardRowModel(
            _elementType,
            _method.Parameters[0].Name,
            _method.Parameters[1].Name,
            _sizes.Inputs,
            _sizes.Outputs,
            new EquatableArray<ParameterInfo>(parameters),
            new EquatableArray<LocalInfo>(locals),
            new EquatableArray<string>(intNames.ToImmutableArray()),
            new EquatableArray<BufferInfo>(buffers),
            new EquatableArray<Statement>(body),
            TapeLength: 0);
    }

    /// <summary><c>y.Clear()</c> as the element loop a written one lowers to.</summary>
    private Statement ClearOutput()
    {
        var output = new ArrayRef(ArrayKind.Output, 0);
        string name = _method.Parameters[1].Name;
        string source = name + ".Clear(); (added by LayerGen: ForwardRow reads " + name + " before writing it, and " + name + " starts every row at zero)";
        int id = NewLoopVariable();
        EquatableArray<Statement> body = new([new AssignElement(source, output, new IntVariable(id), new RealConstant(_elementType, 0))]);
        return new ForLoop(source, id, new IntConstant(0), CompareOperator.Less, new IntLength(output), 1, body);
    }

    private static string Unique(string name, HashSet<string> used)
    {
        string candidate = name;
        for (int suffix = 2; !used.Add(candidate); suffix++)
        {
            candidate = name + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private void Report(string ruleId, IOperation at, string construct, string supported)
    {
        Report(ruleId, at.Syntax, construct, supported);
        PoisonDeclaredLocals(at);
    }

    private void Report(string ruleId, SyntaxNode at, string construct, string supported) =>
        Report(ruleId, at.GetLocation(), construct, supported);

    private void Report(string ruleId, Location at, string construct, string supported)
    {
        // A construct inside a helper is met once per call of the helper: report it once.
        if (!_problems.Any(p => p.RuleId == ruleId && p.Location == at))
        {
            _problems.Add(new DifferentiationProblem(ruleId, at, construct, supported));
        }
    }

    /// <summary>A loop's header (<c>for (…)</c>, <c>while (…)</c>, <c>do … while (…);</c> without its body), or the whole statement.</summary>
    private static Location HeaderLocation(SyntaxNode statement)
    {
        TextSpan span = statement switch
        {
            ForStatementSyntax loop => TextSpan.FromBounds(loop.SpanStart, loop.CloseParenToken.Span.End),
            CommonForEachStatementSyntax loop => TextSpan.FromBounds(loop.SpanStart, loop.CloseParenToken.Span.End),
            WhileStatementSyntax loop => TextSpan.FromBounds(loop.SpanStart, loop.CloseParenToken.Span.End),
            DoStatementSyntax loop => TextSpan.FromBounds(loop.WhileKeyword.SpanStart, loop.Span.End),
            _ => statement.Span,
        };
        return Location.Create(statement.SyntaxTree, span);
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    private static string NameList(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];

    /// <summary>The user's text of <paramref name="node"/> on one line, shortened.</summary>
    private static string Text(SyntaxNode node) => OneLine(node.ToString());

    /// <summary>The text of a statement up to its body, e.g. <c>for (int i = 0; i &lt; n; i++)</c>.</summary>
    private static string Header(SyntaxNode statement, IOperation? body)
    {
        if (body is null || body.Syntax.SpanStart <= statement.SpanStart || body.Syntax.SpanStart > statement.Span.End)
        {
            return Text(statement);
        }

        // Up to the token before the body: a comment between the header and the body is not the header.
        string text = statement.ToString();
        int length = body.Syntax.GetFirstToken().GetPreviousToken().Span.End - statement.SpanStart;
        return OneLine(length <= text.Length ? text.Substring(0, length) : text);
    }

    private static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        const int MaxLength = 90;
        return builder.Length <= MaxLength ? builder.ToString() : builder.ToString(0, MaxLength) + "…";
    }
}
