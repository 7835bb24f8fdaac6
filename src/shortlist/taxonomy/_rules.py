"""Context rules for *guarded* surface forms: words that name a tool only in the right context.

A guarded surface ("R", "Go", "Ray", "Julia", "Triton", ...) is listed under ``guarded:`` in the
data files. It must first match the case written there exactly (an all-capitals spelling is
also accepted for forms of four letters or more: "RUST"), then pass its ``GuardRule``:

1. **Hard negatives** reject the mention outright: joined by a hyphen or dot to a neighbouring
   word ("R-squared", "X-ray", "C-suite", "Go-live", "main.go"); a possessive ("Julia's");
   an honorific before it ("Mr Ray", "Dr. Julia"); a wrapped single letter "(R)" / "(C)"
   right after a word (trade marks, copyright); "R&D"; rule-specific ``reject_before`` /
   ``reject_after`` patterns ("Series C", "Grade C", "Vitamin C", "Go to market").
2. **Cues** accept it: a cue word right before it (``before``: "in R", "using Go", "written in
   Rust", "on Ray"), right after it (``after``: "R programming", "Go services", "Ray cluster",
   "Triton kernels"), or anywhere on the same line within ``NEAR_WINDOW`` characters (``near``:
   "tidyverse", "ggplot2", "goroutines", "cargo", "Flux.jl", "TensorRT").
3. **Name-like** forms (``name_like``: Ray, Julia, Ruby, Claude, ...) are then rejected when the
   next word is a capitalised word that is not itself a skill ("Ray Kurzweil", "Julia Roberts").
4. **List context** accepts it: it sits in a list with another accepted skill mention — the two
   are separated only by list punctuation (``, ; / | • · & + ( )``, bullets, "and", "or"), e.g.
   "Python, R, SQL", "C/C++", "Go and Kubernetes" — or it is an item on a labelled skills line
   ("Languages: R", "Tech stack: Go").
5. Otherwise the mention is dropped.

When one surface is guarded for several skills ("Triton": the NVIDIA inference server and the
OpenAI kernel language), the first rule whose cue fires wins; with no cue, list context picks
the rule marked ``default`` (the inference server: the commoner reading on ML CVs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["DEFAULT_RULE", "NEAR_WINDOW", "RULES", "GuardRule"]

NEAR_WINDOW = 60


def _before(words: str) -> re.Pattern[str]:
    """A pattern matching the text just before a mention when it ends with one of ``words``."""
    return re.compile(rf"(?:^|[^\w])(?:{words})\s*$", re.IGNORECASE)


def _after(words: str) -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{words})(?![\w])", re.IGNORECASE)


def _near(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{words})(?![\w])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class GuardRule:
    """When a guarded surface form counts as a mention of ``skill_id``."""

    before: re.Pattern[str] | None = None
    after: re.Pattern[str] | None = None
    near: re.Pattern[str] | None = None
    reject_before: re.Pattern[str] | None = None
    reject_after: re.Pattern[str] | None = None
    name_like: bool = False
    default: bool = True  # the reading list context picks when several rules share a surface


# Prepositions and verbs that introduce a language or tool. "with" is left out for name-like
# words ("worked with Ray on ...").
_INTRO = (
    r"in|using|use|used|into|via|wrote|written in|coded in|code in|built in|built with|"
    r"implemented in|rewritten in|ported to|experience (?:in|with)|proficient (?:in|with)|"
    r"proficiency in|knowledge of|expertise in|fluent in|skilled in|familiar with|"
    r"programming in|developing in|development in"
)
_LANG_AFTER = (
    r"programming|programmer|language|code|codebase|scripts?|scripting|packages?|modules?|"
    r"developer|development|engineer|backend|services?|microservices?|libraries|library|"
    r"bindings|SDK|API|implementation|port|rewrite|toolchain|ecosystem"
)

DEFAULT_RULE = GuardRule(
    before=_before(_INTRO + r"|with"),
    after=_after(_LANG_AFTER),
)

RULES: dict[str, tuple[GuardRule, ...]] = {
    "r_lang": (
        GuardRule(
            before=_before(_INTRO + r"|with|and in"),
            after=_after(
                r"programming|language|code|scripts?|scripting|packages?|markdown|"
                r"notebooks?|shiny|studio|developer|libraries|library|ecosystem"
            ),
            near=_near(
                r"rstudio|tidyverse|ggplot2?|dplyr|tidyr|shiny|cran|tidymodels|caret|"
                r"data\.table|knitr|rmarkdown|quarto|lme4|brms|stan"
            ),
            reject_before=_before(
                r"series|grade|type|class|section|plan|vitamin|appendix|"
                r"part|level|category|tier|round|phase|model|option|team"
            ),
            reject_after=_after(r"&|and d\b|squared|value|score|rating"),
        ),
    ),
    "c_lang": (
        GuardRule(
            before=_before(_INTRO + r"|with|embedded|ansi|and in"),
            after=_after(
                r"programming|language|code|codebase|compiler|extensions?|"
                r"bindings|API|ABI|library|libraries|developer|99|11|17"
            ),
            near=_near(
                r"c\+\+|gcc|clang|make|cmake|embedded|firmware|posix|pointers|"
                r"cython|assembly|kernel modules?"
            ),
            reject_before=_before(
                r"series|grade|type|class|section|plan|vitamin|appendix|"
                r"part|level|category|tier|round|phase|option|team|model|"
                r"hepatitis|programme|program|tier|group|priority"
            ),
            reject_after=_after(r"level|suite|corp|class|grade|round|series"),
        ),
    ),
    "go_lang": (
        GuardRule(
            before=_before(_INTRO + r"|with|and"),
            after=_after(_LANG_AFTER + r"|routines?|modules?|gRPC"),
            near=_near(r"golang|goroutines?|gin|gorm|cobra|grpc|protobuf|microservices"),
            reject_after=_after(
                r"to|live|ahead|back|further|beyond|get|out|through|over|"
                r"on|up|down|for it|green|big|fund|team|board|no-go"
            ),
        ),
    ),
    "ray": (
        GuardRule(
            before=_before(
                _INTRO + r"|on|atop|top of|scaled with|distributed with|"
                r"parallelised with|parallelized with"
            ),
            after=_after(
                r"cluster|clusters|jobs?|actors?|tasks?|workers?|head node|"
                r"autoscaler|dashboard|runtime|framework|library|on kubernetes|"
                r"kuberay|datasets?"
            ),
            near=_near(
                r"anyscale|kuberay|distributed|actors|gpu cluster|ray\.remote|"
                r"multi-node|autoscal\w*"
            ),
            name_like=True,
        ),
    ),
    "julia_lang": (
        GuardRule(
            before=_before(_INTRO),
            after=_after(_LANG_AFTER),
            near=_near(r"flux\.jl|\w+\.jl|jump|differentialequations|pluto|multiple dispatch"),
            name_like=True,
        ),
    ),
    "rust_lang": (
        GuardRule(
            before=_before(_INTRO),
            after=_after(_LANG_AFTER + r"|crates?|extensions?|bindings"),
            near=_near(
                r"cargo|crates?(?:\.io)?|tokio|pyo3|maturin|wasm|webassembly|"
                r"borrow checker|memory.safe\w*|actix|axum|polars|candle|burn"
            ),
            reject_before=_before(
                r"remove|removing|removed|prevent|preventing|treat|treated|"
                r"anti"
            ),
        ),
    ),
    "triton_inference_server": (
        GuardRule(
            before=_before(
                r"on|behind|via|served (?:on|via|with|by)|deployed (?:on|to|with)|"
                r"serving (?:on|with)|migrated to"
            ),
            after=_after(
                r"server|inference|serving|backend|ensembles?|model repository|"
                r"endpoints?|deployment"
            ),
            near=_near(
                r"serving|served|inference|deploy\w*|tensorrt|onnx|model repository|"
                r"dynamic batching|kserve|endpoints?|latency|throughput|nvidia"
            ),
            default=True,
        ),
    ),
    "openai_triton": (
        GuardRule(
            after=_after(r"kernels?|language|lang|programming|dsl|compiler|jit"),
            near=_near(
                r"kernels?|fused|fusion|cuda|ptx|gpu programming|autotun\w*|"
                r"flash.?attention|pallas|openai|tiling|tiles|warp"
            ),
            default=False,
        ),
    ),
    "apache_beam": (
        GuardRule(
            before=_before(_INTRO + r"|with|on"),
            after=_after(r"pipelines?|jobs?|runners?|SDK|transforms?|DoFns?"),
            near=_near(r"dataflow|flink|pcollections?|dofns?|streaming|batch"),
        ),
    ),
    "comet_ml": (
        GuardRule(
            before=_before(_INTRO + r"|with|to|in"),
            after=_after(r"experiments?|tracking|dashboards?|projects?|workspace"),
            near=_near(
                r"experiment tracking|tracked|mlflow|w&b|weights & biases|"
                r"weights and biases|neptune|logging|hyperparameters?"
            ),
        ),
    ),
    "neptune_ai": (
        GuardRule(
            before=_before(_INTRO + r"|with|to|in"),
            after=_after(r"experiments?|tracking|dashboards?|projects?|runs?"),
            near=_near(
                r"experiment tracking|tracked|mlflow|w&b|weights & biases|"
                r"weights and biases|comet|logging|hyperparameters?"
            ),
        ),
    ),
    "feast": (
        GuardRule(
            before=_before(_INTRO + r"|with|in|on"),
            after=_after(r"feature stores?|features?|registry|repo|online store"),
            near=_near(
                r"feature stores?|tecton|online features|offline store|"
                r"feature views?|point.in.time"
            ),
        ),
    ),
    "chroma": (
        GuardRule(
            before=_before(_INTRO + r"|with|in"),
            after=_after(r"db|vector|collections?|index|store"),
            near=_near(
                r"vector\w*|embeddings?|rag|retrieval|pinecone|faiss|qdrant|"
                r"weaviate|milvus|langchain|llamaindex"
            ),
        ),
    ),
    "evidently": (
        GuardRule(
            before=_before(_INTRO + r"|with"),
            after=_after(r"reports?|dashboards?|tests?|monitors?|test suites?|metrics"),
            near=_near(r"drift|monitoring|whylabs|arize|data quality|great expectations"),
        ),
    ),
    "aws_bedrock": (
        GuardRule(
            before=_before(_INTRO + r"|with|on|via"),
            after=_after(r"models?|agents?|knowledge bases?|guardrails|API|runtime"),
            near=_near(
                r"aws|llms?|claude|anthropic|titan|sagemaker|lambda|genai|"
                r"generative ai|rag"
            ),
        ),
    ),
    "aws_glue": (
        GuardRule(
            before=_before(_INTRO + r"|with|on"),
            after=_after(r"jobs?|crawlers?|catalog|data catalog|ETL|tables?"),
            near=_near(r"aws|s3|athena|redshift|emr|etl|lake ?formation|pyspark"),
        ),
    ),
    "aws_lambda": (
        GuardRule(
            before=_before(_INTRO + r"|with|on"),
            after=_after(r"functions?|handlers?|layers?"),
            near=_near(
                r"aws|s3|api gateway|dynamodb|serverless|sqs|sns|step functions|"
                r"ec2|eventbridge"
            ),
        ),
    ),
    "vertex_ai": (
        GuardRule(
            before=_before(_INTRO + r"|with|on|to"),
            after=_after(r"endpoints?|models?|training|jobs?|platform|workbench"),
            near=_near(r"gcp|google cloud|bigquery|gke|kubeflow|dataflow|cloud run"),
        ),
    ),
    "swift_lang": (
        GuardRule(
            before=_before(_INTRO),
            after=_after(_LANG_AFTER + r"|ui"),
            near=_near(r"ios|xcode|swiftui|objective-c|core ml|coreml|apple|iphone|macos"),
        ),
    ),
    "ruby_lang": (
        GuardRule(
            before=_before(_INTRO),
            after=_after(_LANG_AFTER + r"|gems?"),
            near=_near(r"rails|gems?|rspec|bundler|sinatra"),
            name_like=True,
        ),
    ),
    "claude": (
        GuardRule(
            before=_before(_INTRO + r"|with|anthropic|prompting|prompted|on"),
            after=_after(r"API|models?|sonnet|opus|haiku|\d(?:\.\d)?|code|agents?"),
            near=_near(
                r"anthropic|llms?|gpt-?\d\w*|openai|gemini|prompts?|prompting|bedrock|"
                r"mistral|llama"
            ),
            name_like=True,
        ),
    ),
    "llama": (
        GuardRule(
            before=_before(_INTRO + r"|with|fine-tuned|fine-tuning|finetuned|meta|on"),
            after=_after(r"\d(?:\.\d)?|models?|family|weights|checkpoints?|guard"),
            near=_near(
                r"llms?|fine-tun\w*|lora|qlora|mistral|gpt-?\d\w*|hugging ?face|"
                r"vllm|ollama|meta|gemma|qwen"
            ),
        ),
    ),
    "mistral": (
        GuardRule(
            before=_before(_INTRO + r"|with|fine-tuned|fine-tuning|finetuned|on"),
            after=_after(r"\d+b|7b|models?|large|small|medium|API|ai"),
            near=_near(
                r"llms?|fine-tun\w*|lora|qlora|llama|gpt-?\d\w*|hugging ?face|vllm|"
                r"ollama|mixtral|gemma|qwen"
            ),
        ),
    ),
    "gemini": (
        GuardRule(
            before=_before(_INTRO + r"|with|google|on"),
            after=_after(r"API|models?|pro|flash|ultra|nano|\d(?:\.\d)?"),
            near=_near(r"llms?|gpt-?\d\w*|openai|claude|vertex|google|prompts?|genai"),
        ),
    ),
    "whisper": (
        GuardRule(
            before=_before(_INTRO + r"|with|openai|fine-tuned|fine-tuning"),
            after=_after(r"models?|large|small|medium|base|tiny|v\d|ASR|transcription"),
            near=_near(r"asr|speech|transcri\w*|audio|openai|wav2vec|speech-to-text|stt"),
        ),
    ),
    "hydra": (
        GuardRule(
            before=_before(_INTRO + r"|with"),
            after=_after(r"configs?|configuration"),
            near=_near(r"configs?|configuration|omegaconf|yaml|experiments?"),
        ),
    ),
    "luigi": (
        GuardRule(
            before=_before(_INTRO + r"|with|on"),
            after=_after(r"pipelines?|tasks?|workflows?|jobs?"),
            near=_near(r"airflow|pipelines?|etl|orchestrat\w*|workflows?"),
            name_like=True,
        ),
    ),
    "cassandra": (
        GuardRule(
            before=_before(_INTRO + r"|with|on|into|apache"),
            after=_after(r"clusters?|tables?|database|db|keyspaces?|nodes?"),
            near=_near(r"nosql|database|cql|scylla\w*|hbase|mongodb|dynamodb|redis"),
            name_like=True,
        ),
    ),
    "presto": (
        GuardRule(
            before=_before(_INTRO + r"|with|on"),
            after=_after(r"queries|query|sql|clusters?|engine"),
            near=_near(r"sql|trino|hive|athena|spark|queries|data lake|hadoop"),
        ),
    ),
    "apache_storm": (
        GuardRule(
            before=_before(_INTRO + r"|with|on|apache"),
            after=_after(r"topolog\w*|bolts?|spouts?|clusters?|streaming"),
            near=_near(r"kafka|flink|streaming|stream processing|real-time|spark"),
        ),
    ),
    "flux": (
        GuardRule(
            before=_before(_INTRO + r"|with"),
            after=_after(r"cd|\.jl|models?"),
            near=_near(r"julia|gitops|argo ?cd|kubernetes|helm"),
        ),
    ),
    "vault": (
        GuardRule(
            before=_before(_INTRO + r"|with|in|hashicorp"),
            after=_after(r"secrets?|policies|agent"),
            near=_near(r"secrets?|terraform|consul|hashicorp|kubernetes|credentials"),
        ),
    ),
    "consul": (
        GuardRule(
            before=_before(_INTRO + r"|with|hashicorp"),
            after=_after(r"service mesh|service discovery|connect|agents?|clusters?"),
            near=_near(r"service mesh|service discovery|terraform|vault|nomad|hashicorp|envoy"),
        ),
    ),
    "envoy": (
        GuardRule(
            before=_before(_INTRO + r"|with"),
            after=_after(r"proxy|proxies|sidecars?|filters?"),
            near=_near(r"istio|service mesh|proxy|grpc|kubernetes|sidecars?|load balanc\w*"),
        ),
    ),
    "superset": (
        GuardRule(
            before=_before(_INTRO + r"|with|apache|in"),
            after=_after(r"dashboards?|charts?"),
            near=_near(r"dashboards?|metabase|looker|tableau|power bi|bi|visuali[sz]ation"),
        ),
    ),
    "polars": (
        GuardRule(
            before=_before(_INTRO + r"|with|from pandas to|to"),
            after=_after(r"dataframes?|lazyframes?|library|expressions?"),
            near=_near(r"pandas|dataframes?|duckdb|arrow|numpy|spark|dask|rust"),
        ),
    ),
    "lime": (
        GuardRule(
            before=_before(_INTRO + r"|with|and"),
            after=_after(r"explanations?|explainers?|values"),
            near=_near(
                r"shap|explainab\w*|interpretab\w*|xai|feature importance|"
                r"explanations?"
            ),
        ),
    ),
}
